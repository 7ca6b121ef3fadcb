<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>Buurtboek</name>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>  {start} t/m {end}</source>
            <translation>  {start} to {end}</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source> (gepland)</source>
            <translation> (planned)</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <source> (te laat)</source>
            <translation> (overdue)</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source> (via de agenda)</source>
            <translation> (via the agenda)</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <location filename="../ui/pages/overview.py" />
            <source> ({n} huishoudens)</source>
            <translation> ({n} households)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source> ({n} rijen)</source>
            <translation> ({n} rows)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source> bewoners zonder naam</source>
            <translation> residents without a name</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <source> Brugfunctie geschat uit een steekproef.</source>
            <translation> Bridging role estimated from a sample.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source> en </source>
            <translation> and </translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source> huishoudens</source>
            <translation> households</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source> maanden {after}</source>
            <translation> months {after}</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source> minuten</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source> stap(pen)</source>
            <translation> step(s)</translation>
        </message>
        <message>
            <location filename="../ui/people/out_of_sight.py" />
            <source> weken</source>
            <translation> weeks</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>&amp;Aanwezig</source>
            <translation>&amp;Present</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <source>&amp;Achternaam</source>
            <translation>&amp;Last name</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>&amp;Actie:</source>
            <translation>&amp;Action:</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <source>&amp;Agendapunt</source>
            <translation>&amp;Agenda item</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>&amp;Anoniem gesproken</source>
            <translation>&amp;Anonymous residents</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>&amp;Anoniem: alleen aantallen (aanbevolen voor financiers)</source>
            <translation>&amp;Anonymous: counts only (recommended for funders)</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>&amp;Anonimiseren</source>
            <translation>&amp;Anonymise</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Auditlog…</source>
            <translation>&amp;Audit log…</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <source>&amp;Begintijd</source>
            <translation>&amp;Start time</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <source>&amp;Bestaande openen</source>
            <translation>Open &amp;existing</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>&amp;Bestand kiezen…</source>
            <translation>&amp;Choose file…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Bewaartermijnen…</source>
            <translation>&amp;Retention periods…</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>&amp;Bewaren met reden…</source>
            <translation>&amp;Keep with a reason…</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <source>&amp;Bewerken…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../ui/pages/dossiers.py" />
            <source>&amp;Bord</source>
            <translation>&amp;Board</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <location filename="../ui/dialogs/new_actor.py" />
            <location filename="../ui/pages/contact_filters.py" />
            <source>&amp;Buurt</source>
            <translation>&amp;Neighbourhood</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>&amp;Combineren…</source>
            <translation>&amp;Combine…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Contactmoment vastleggen…</source>
            <translation>Record &amp;contact moment…</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>&amp;Contactmoment vastleggen… (Ctrl+Shift+N)</source>
            <translation>Record &amp;contact moment… (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>&amp;Controleren &gt;</source>
            <translation>&amp;Check &gt;</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <location filename="../ui/meetings/new_meeting.py" />
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>&amp;Datum en setting</source>
            <translation>&amp;Date and setting</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Demowijk laden…</source>
            <translation>Load &amp;demo neighbourhood…</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>&amp;Doel</source>
            <translation>&amp;Purpose</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>&amp;Dossier</source>
            <translation>&amp;Dossier</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>&amp;Dossier maken van signaal</source>
            <translation>&amp;Make a dossier from the signal</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <source>&amp;E-mail</source>
            <translation>&amp;Email</translation>
        </message>
        <message>
            <location filename="../ui/pages/dossiers.py" />
            <location filename="../ui/privacy/audit_view.py" />
            <source>&amp;Exporteren naar Excel…</source>
            <translation>&amp;Export to Excel…</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>&amp;Gebruikersnaam:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <source>&amp;Gedaan</source>
            <translation>&amp;Done</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>&amp;Gegeven op</source>
            <translation>&amp;Given on</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>&amp;Gepseudonimiseerd: rijen, bewoners met een willekeurig pseudoniem</source>
            <translation>&amp;Pseudonymised: rows, residents with a random pseudonym</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source>&amp;Getroffen</source>
            <translation>&amp;Affected</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <location filename="../ui/dialogs/welcome.py" />
            <source>&amp;Herhaal</source>
            <translation>&amp;Repeat</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>&amp;Hoe</source>
            <translation>&amp;How</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>&amp;Koppelingen en bijlagen</source>
            <translation>&amp;Links and attachments</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>&amp;Lokaal bestand op deze computer</source>
            <translation>&amp;Local file on this computer</translation>
        </message>
        <message>
            <location filename="../ui/server_password.py" />
            <source>&amp;Lokaal werken</source>
            <translation>Work &amp;locally</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>&amp;Mensen en doelen</source>
            <translation>&amp;People and targets</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>&amp;Met wie</source>
            <translation>&amp;With whom</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <location filename="../ui/dialogs/welcome.py" />
            <source>&amp;Naam</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>&amp;Nieuw</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <source>&amp;Nieuw actiepunt…</source>
            <translation>&amp;New action point…</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>&amp;Nieuw agendapunt</source>
            <translation>&amp;New agenda item</translation>
        </message>
        <message>
            <location filename="../ui/pages/dossiers.py" />
            <source>&amp;Nieuw dossier…</source>
            <translation>&amp;New dossier…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <location filename="../ui/dialogs/tie.py" />
            <source>&amp;Notitie</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>&amp;Notulen</source>
            <translation>&amp;Minutes</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>&amp;Nu maken</source>
            <translation>Make &amp;now</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>&amp;Nu overschakelen</source>
            <translation>Switch &amp;now</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>&amp;Nu verbinden</source>
            <translation>Co&amp;nnect now</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <source>&amp;Omschrijving</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Ongedaan maken</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>&amp;Openen</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>&amp;Opslaan</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/welcome.py" />
            <source>&amp;Organisatie</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Over Buurtboek</source>
            <translation>&amp;About Buurtboek</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>&amp;Overzicht</source>
            <translation>&amp;Overview</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <location filename="../ui/pages/meetings.py" />
            <source>&amp;Periode</source>
            <translation>&amp;Period</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <location filename="../ui/pages/reports.py" />
            <source>&amp;Periode:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>&amp;Persoon of groep</source>
            <translation>&amp;Person or group</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <source>&amp;Plaats</source>
            <translation>&amp;Location</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>&amp;Plek en buurt</source>
            <translation>&amp;Place and neighbourhood</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>&amp;Poort:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Profiel…</source>
            <translation>&amp;Profile…</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>&amp;Reden</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <location filename="../ui/pages/meetings.py" />
            <source>&amp;Reeks</source>
            <translation>&amp;Series</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>&amp;Resultaat</source>
            <translation>&amp;Result</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>&amp;Setting</source>
            <translation>&amp;Setting</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <location filename="../ui/pages/dossiers.py" />
            <location filename="../ui/pages/overview.py" />
            <source>&amp;Signaal vastleggen…</source>
            <translation>Record &amp;signal…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Sneltoetsen</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <source>&amp;Soort plek</source>
            <translation>&amp;Kind of place</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../ui/server_password.py" />
            <source>&amp;Stoppen</source>
            <translation>&amp;Stop</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <location filename="../ui/dialogs/tie.py" />
            <source>&amp;Strategie</source>
            <translation>&amp;Strategy</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/welcome.py" />
            <source>&amp;Team</source>
            <translation>&amp;Team</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>&amp;Teamoverzicht maken…</source>
            <translation>Make &amp;team overview…</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>&amp;Teamserver (PostgreSQL)</source>
            <translation>&amp;Team server (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Teamserver…</source>
            <translation>&amp;Team server…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>&amp;Terugzetten</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>&amp;Terugzetten…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <location filename="../ui/pages/contact_filters.py" />
            <source>&amp;Thema</source>
            <translation>&amp;Theme</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>&amp;Thema's</source>
            <translation>&amp;Themes</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>&amp;Tijdlijn</source>
            <translation>&amp;Timeline</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <source>&amp;Titel</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>&amp;Toelichting</source>
            <translation>&amp;Explanation</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <source>&amp;Tussenvoegsel</source>
            <translation>Name &amp;prefix</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>&amp;Uitnodigen</source>
            <translation>&amp;Invite</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>&amp;Verantwoording exporteren…</source>
            <translation>&amp;Export accountability report…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Vergrendelen</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>&amp;Versie informatietekst</source>
            <translation>&amp;Version of information text</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/welcome.py" />
            <source>&amp;Versleutel mijn gegevens op deze laptop (aanbevolen)</source>
            <translation>&amp;Encrypt my data on this laptop (recommended)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Versleuteling…</source>
            <translation>&amp;Encryption…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>&amp;Vervolg</source>
            <translation>&amp;Follow-up</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>&amp;Verwijderen…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/tie.py" />
            <source>&amp;Via</source>
            <translation>&amp;Via</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>&amp;Volledig: met namen (alleen voor eigen gebruik)</source>
            <translation>&amp;Full: with names (for your own use only)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <source>&amp;Voornaam</source>
            <translation>&amp;First name</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <source>&amp;Vóór</source>
            <translation>&amp;Due</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <location filename="../ui/dialogs/welcome.py" />
            <source>&amp;Wachtwoord</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>&amp;Wachtwoord:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source>&amp;Wat merkte je op?</source>
            <translation>&amp;What did you notice?</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <source>&amp;Wie</source>
            <translation>&amp;Who</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/tie.py" />
            <source>&amp;Wie of wat</source>
            <translation>&amp;Who or what</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>&amp;Wijk:</source>
            <translation>&amp;District:</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>&amp;Wijken (niets aangevinkt: alle):</source>
            <translation>&amp;Districts (none ticked: all):</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>&amp;Wijzigen…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>&amp;Wis filters</source>
            <translation>&amp;Clear filters</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&amp;Zoeken…</source>
            <translation>&amp;Search…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>'{file}' heeft kolomnamen maar geen rijen met gegevens.</source>
            <translation>'{file}' has column names but no rows with data.</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>'{name}' is niet gevonden: kies een bewoner uit de lijst, of laat 'Wie?' leeg voor jezelf.</source>
            <translation>'{name}' was not found: choose a resident from the list, or leave 'Who?' empty for yourself.</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <source>'{name}' is niet gevonden: kies een bewoner uit de lijst, of maak het veld leeg voor jezelf.</source>
            <translation>'{name}' was not found: choose a resident from the list, or clear the field for yourself.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/commands.py" />
            <source>'{t}' naar fase {p}</source>
            <translation>'{t}' to phase {p}</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>(eigen contact met bewoner)</source>
            <translation>(own contact with resident)</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>(geen bijeenkomsten)</source>
            <translation>(no meetings)</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source>(geen buurt)</source>
            <translation>(no neighbourhood)</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>(geen contactmomenten met betrokkenen)</source>
            <translation>(no contact moments with people involved)</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>(geen losse signalen)</source>
            <translation>(no separate signals)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>(geen plek)</source>
            <translation>(no place)</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>(geen)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/search.py" />
            <source>(gevoelig — open om te lezen)</source>
            <translation>(sensitive — open to read)</translation>
        </message>
        <message>
            <location filename="../ui/privacy/sensitive.py" />
            <source>(leeg)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/tie.py" />
            <source>(nog niemand gekozen)</source>
            <translation>(nobody chosen yet)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>(nog niet geopend)</source>
            <translation>(not opened yet)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <location filename="../ui/dialogs/new_actor.py" />
            <location filename="../ui/people/detail.py" />
            <source>(onbekend)</source>
            <translation>(unknown)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/search.py" />
            <source>(zonder titel)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <location filename="../ui/widgets/actor_picker.py" />
            <source>+ Nieuwe bewoner: {name}</source>
            <translation>+ New resident: {name}</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/tie.py" />
            <source>1 = kennen elkaar van gezicht, 5 = sterke band</source>
            <translation>1 = know each other by sight, 5 = strong bond</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/board.py" />
            <source>1 betrokkene</source>
            <translation>1 person involved</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>1 contactmoment</source>
            <translation>1 contact moment</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>1 geweigerde rij is niet overgenomen.</source>
            <translation>1 refused row was not taken over.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_check.py" />
            <source>1 rij is geweigerd</source>
            <translation>1 row was refused</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_check.py" />
            <source>1 rij staat al in Buurtboek of eerder in het bestand en wordt overgeslagen.</source>
            <translation>1 row is already in Buurtboek or earlier in the file and will be skipped.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>1 rij stond er al en is overgeslagen.</source>
            <translation>1 row was already there and was skipped.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/board.py" />
            <source>1 signaal</source>
            <translation>1 signal</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>&lt; &amp;Terug</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <source>&lt;b&gt;Bestaat deze persoon al?&lt;/b&gt; Kies de bestaande om dubbele gegevens te voorkomen, of voeg toch een nieuwe toe.</source>
            <translation>&lt;b&gt;Does this person already exist?&lt;/b&gt; Choose the existing one to avoid duplicate records, or add a new one anyway.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>&lt;b&gt;Blijft bewaard, zonder deze persoon:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Kept, without this person:&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>&lt;b&gt;Buurtboek&lt;/b&gt; {version}&lt;br&gt;Relatienotities, netwerk, bijeenkomsten en dossiers voor opbouwwerkers.&lt;br&gt;&lt;br&gt;Database: {url}</source>
            <translation>&lt;b&gt;Buurtboek&lt;/b&gt; {version}&lt;br&gt;Relationship notes, network, meetings and dossiers for community development workers.&lt;br&gt;&lt;br&gt;Database: {url}</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>&lt;b&gt;Dit kan niet ongedaan worden gemaakt.&lt;/b&gt; De gegevens gaan ook uit de zoekindex en uit het databasebestand. {backups} Het auditlog noteert alleen het nummer en de aantallen, geen naam.</source>
            <translation>&lt;b&gt;This cannot be undone.&lt;/b&gt; The data also goes out of the search index and the database file. {backups} The audit log only records the number and the counts, no name.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>&lt;b&gt;Gewist wordt alles wat alleen over {name} gaat:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Everything that concerns only {name} is erased:&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../ui/people/out_of_sight.py" />
            <source>&lt;b&gt;Groepen zonder koppeling met een instelling&lt;/b&gt;</source>
            <translation>&lt;b&gt;Groups without a link to an institution&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>&lt;b&gt;Het wachtwoord is gewijzigd.&lt;/b&gt; De herstelsleutel blijft geldig.</source>
            <translation>&lt;b&gt;The password has been changed.&lt;/b&gt; The recovery key remains valid.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>&lt;b&gt;Notities elders die de naam noemen&lt;/b&gt; — die past Buurtboek niet zelf aan. Pas ze eerst aan (dubbelklik opent er een), of na het wissen:</source>
            <translation>&lt;b&gt;Notes elsewhere that mention the name&lt;/b&gt; — Buurtboek does not change these itself. Edit them first (double-click opens one), or after erasing:</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>&lt;b&gt;Over de termijn&lt;/b&gt; — kies per regel (of selecteer er meer) wat ermee gebeurt:</source>
            <translation>&lt;b&gt;Past the period&lt;/b&gt; — choose for each line (or select several) what happens to it:</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>&lt;b&gt;Tijdlijn&lt;/b&gt; (nieuwste eerst)</source>
            <translation>&lt;b&gt;Timeline&lt;/b&gt; (newest first)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>&lt;b&gt;Versleuteling staat aan.&lt;/b&gt; De database en de back-ups op deze laptop zijn alleen met je wachtwoord (of de herstelsleutel) te lezen.</source>
            <translation>&lt;b&gt;Encryption is on.&lt;/b&gt; The database and the backups on this laptop can only be read with your password (or the recovery key).</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>&lt;b&gt;Versleuteling staat uit.&lt;/b&gt; Wie deze laptop in handen krijgt, kan de gegevens van bewoners lezen. Zet versleuteling aan met een wachtwoord.</source>
            <translation>&lt;b&gt;Encryption is off.&lt;/b&gt; Anyone who gets hold of this laptop can read residents' data. Turn on encryption with a password.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_mapping.py" />
            <source>&lt;b&gt;{file}&lt;/b&gt; ({what}): {rows} rijen; links het rijnummer in het bestand. Kies per kolom wat erin staat. Kolommen op „niet importeren” blijven buiten Buurtboek: neem alleen over wat je nodig hebt.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt; ({what}): {rows} rows; on the left the row number in the file. Choose for each column what it contains. Columns set to “do not import” stay outside Buurtboek: take over only what you need.</translation>
        </message>
        <message>
            <location filename="../ui/people/deletion.py" />
            <source>&lt;b&gt;{name}&lt;/b&gt; wordt definitief verwijderd, met de relaties en alles wat alleen over deze persoon gaat. Contactmomenten en bijeenkomsten met anderen blijven, zonder deze naam. Dit kan niet ongedaan worden gemaakt; wil je de gegevens bewaren, kies dan Archiveren.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; will be deleted permanently, with the ties and everything that concerns only this person. Contact moments and meetings with others remain, without this name. This cannot be undone; if you want to keep the data, choose Archive instead.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>&lt;b&gt;{n} bewoners geïmporteerd&lt;/b&gt; uit {file}.</source>
            <translation>&lt;b&gt;{n} residents imported&lt;/b&gt; from {file}.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_check.py" />
            <source>&lt;b&gt;{n} van de {total} rijen&lt;/b&gt; kunnen worden geïmporteerd.</source>
            <translation>&lt;b&gt;{n} of the {total} rows&lt;/b&gt; can be imported.</translation>
        </message>
        <message>
            <location filename="../ui/lock.py" />
            <source>&lt;h2&gt;Buurtboek is vergrendeld&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Buurtboek is locked&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/recovery_key.py" />
            <source>&lt;h2&gt;Buurtboek — herstelsleutel&lt;/h2&gt;&lt;p&gt;Met deze sleutel open je de versleutelde gegevens van Buurtboek als het wachtwoord kwijt is. Bewaar dit papier veilig, niet bij de laptop.&lt;/p&gt;&lt;p style='font-family: monospace; font-size: 20pt'&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Buurtboek — recovery key&lt;/h2&gt;&lt;p&gt;With this key you open Buurtboek's encrypted data if the password is lost. Keep this paper safe, not with the laptop.&lt;/p&gt;&lt;p style='font-family: monospace; font-size: 20pt'&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/welcome.py" />
            <source>&lt;h2&gt;Welkom bij Buurtboek&lt;/h2&gt;Buurtboek bewaart je relatienotities, het netwerk van de buurt, bijeenkomsten en dossiers op deze laptop. Vertel eerst wie je bent: je naam staat bij alles wat je vastlegt en op je rapportages.</source>
            <translation>&lt;h2&gt;Welcome to Buurtboek&lt;/h2&gt;Buurtboek keeps your relationship notes, the neighbourhood's network, meetings and dossiers on this laptop. First tell us who you are: your name goes with everything you record and on your reports.</translation>
        </message>
        <message>
            <location filename="../ui/server_password.py" />
            <source>&lt;h3&gt;Aanmelden bij de teamserver&lt;/h3&gt;Buurtboek werkt op &lt;b&gt;{where}&lt;/b&gt;. Typ je wachtwoord voor de server. Het wordt niet bewaard.</source>
            <translation>&lt;h3&gt;Sign in to the team server&lt;/h3&gt;Buurtboek works on &lt;b&gt;{where}&lt;/b&gt;. Type your password for the server. It is not stored.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/recovery_key.py" />
            <source>&lt;h3&gt;Bewaar deze herstelsleutel&lt;/h3&gt;Ben je je wachtwoord kwijt, dan opent alleen deze sleutel je gegevens nog. Niemand anders kan ze dan terughalen, ook de beheerder niet. Druk hem af en bewaar het papier op een veilige plek (of geef het aan je teamleider). Hij wordt maar één keer getoond.</source>
            <translation>&lt;h3&gt;Keep this recovery key&lt;/h3&gt;If you lose your password, only this key still opens your data. Nobody else can get it back then, not even the administrator. Print it and keep the paper in a safe place (or give it to your team leader). It is shown only once.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/unlock.py" />
            <source>&lt;h3&gt;Je gegevens zijn versleuteld&lt;/h3&gt;Typ je wachtwoord om Buurtboek te openen. Wachtwoord kwijt? Typ dan de herstelsleutel van papier (8 groepjes van 4 tekens).</source>
            <translation>&lt;h3&gt;Your data is encrypted&lt;/h3&gt;Type your password to open Buurtboek. Lost your password? Then type the recovery key from the paper (8 groups of 4 characters).</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>&lt;h3&gt;Waar werkt Buurtboek?&lt;/h3&gt;Standaard staan je gegevens in een bestand op deze computer. Werkt je team samen op een PostgreSQL-server, vul die dan hieronder in. Het wachtwoord wordt nooit bewaard: Buurtboek vraagt het bij het starten.</source>
            <translation>&lt;h3&gt;Where does Buurtboek work?&lt;/h3&gt;By default your data is in a file on this computer. If your team works together on a PostgreSQL server, fill it in below. The password is never stored: Buurtboek asks for it at start-up.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_check.py" />
            <source>&lt;span style='color:#b3261e'&gt;&lt;b&gt;{refused}&lt;/b&gt;&lt;/span&gt; (zie hieronder waarom). Verbeter het bestand en probeer opnieuw, of importeer alleen de geldige rijen.</source>
            <translation>&lt;span style='color:#b3261e'&gt;&lt;b&gt;{refused}&lt;/b&gt;&lt;/span&gt; (see below why). Correct the file and try again, or import only the valid rows.</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>&lt;span style='color:#b3261e'&gt;geen toestemming vastgelegd&lt;/span&gt;</source>
            <translation>&lt;span style='color:#b3261e'&gt;no consent recorded&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>A&amp;fwezig</source>
            <translation>A&amp;bsent</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Aan&amp;wezigheid</source>
            <translation>Atte&amp;ndance</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Aan&amp;wezigheid ({n})</source>
            <translation>Atte&amp;ndance ({n})</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <source>Aanmaken</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../ui/server_password.py" />
            <source>Aanmelden</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../ui/server_password.py" />
            <source>Aanmelden bij de teamserver</source>
            <translation>Sign in to the team server</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>Aantal contactmomenten</source>
            <translation>Number of contact moments</translation>
        </message>
        <message>
            <location filename="../ui/stories/panel.py" />
            <source>Aanvinken: dit verhaal gaat mee in het volgende rapport</source>
            <translation>Tick: this story goes into the next report</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>Aanwezig</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>Aanwezigheid</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>Aanwezigheidslijst</source>
            <translation>Attendance list</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Ac&amp;tiepunten</source>
            <translation>Ac&amp;tion points</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Ac&amp;tiepunten ({n})</source>
            <translation>Ac&amp;tion points ({n})</translation>
        </message>
        <message>
            <location filename="../db/services/import_values.py" />
            <location filename="../ui/dialogs/import_mapping.py" />
            <location filename="../ui/people/detail.py" />
            <source>Achternaam</source>
            <translation>Last name</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/timeline_tab.py" />
            <source>Actie &amp;toevoegen</source>
            <translation>&amp;Add action</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/timeline_tab.py" />
            <source>Actie toevoegen</source>
            <translation>Add action</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/timeline_tab.py" />
            <source>Actie verwijderen</source>
            <translation>Delete action</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Actielijst</source>
            <translation>Action list</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Actielijst toevoegen</source>
            <translation>Add action list</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <location filename="../ui/meetings/action_views.py" />
            <source>Actiepunt</source>
            <translation>Action point</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <source>Actiepunt '{t}' toevoegen</source>
            <translation>Add action point '{t}'</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <source>Actiepunt '{t}' verwijderen</source>
            <translation>Delete action point '{t}'</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <source>Actiepunt '{t}' wijzigen</source>
            <translation>Edit action point '{t}'</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <source>Actiepunt '{t}': {s}</source>
            <translation>Action point '{t}': {s}</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Actiepunten (te laat eerst)</source>
            <translation>Action points (overdue first)</translation>
        </message>
        <message>
            <location filename="../ui/people/deletion.py" />
            <source>Actiepunten aan mij toewijzen en verwijderen</source>
            <translation>Assign the action points to me and delete</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Actiepunten bij dit punt</source>
            <translation>Action points for this item</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <source>Actiepunten van deze bijeenkomst</source>
            <translation>Action points of this meeting</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Actieve relaties — {strategy}: {n}</source>
            <translation>Active ties — {strategy}: {n}</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../db/services/import_values.py" />
            <location filename="../ui/dialogs/import_mapping.py" />
            <source>Adres (straat en huisnummer)</source>
            <translation>Address (street and house number)</translation>
        </message>
        <message>
            <location filename="../ui/charts/chart.py" />
            <source>Afbeelding (*.png)</source>
            <translation>Image (*.png)</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Afbeelding opslaan</source>
            <translation>Save image</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Afbeelding opslaan…</source>
            <translation>Save image…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/recovery_key.py" />
            <source>Afdrukken…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>Afge&amp;meld</source>
            <translation>Sent a&amp;pologies</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>Afgebroken: er is niets geïmporteerd.</source>
            <translation>Cancelled: nothing was imported.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Afgebroken; er is geen back-up gemaakt.</source>
            <translation>Cancelled; no backup was made.</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Afgelopen 12 maanden</source>
            <translation>Past 12 months</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>afgesloten {date}</source>
            <translation>closed {date}</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Agenda &amp;kopiëren</source>
            <translation>&amp;Copy agenda</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Agenda (A4, klaar om te printen) en notulen met besluiten en actielijst</source>
            <translation>Agenda (A4, ready to print) and minutes with decisions and action list</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Agenda en notulen bewaard in {path}</source>
            <translation>Agenda and minutes saved in {path}</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Agenda en notulen naar Excel</source>
            <translation>Agenda and minutes to Excel</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Agenda naar Excel</source>
            <translation>Agenda to Excel</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Agendapunt '{t}' toevoegen</source>
            <translation>Add agenda item '{t}'</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Agendapunt '{t}' verplaatsen</source>
            <translation>Move agenda item '{t}'</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Agendapunt '{t}' verwijderen</source>
            <translation>Delete agenda item '{t}'</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <source>Agendapunt of herkomst</source>
            <translation>Agenda item or origin</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Agendapunt verwijderen</source>
            <translation>Delete agenda item</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Agendapunt: {what} wijzigen</source>
            <translation>Agenda item: change {what}</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Agendapunten</source>
            <translation>Agenda items</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>Alle</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>Alle acties</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>Alle bestanden (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <location filename="../ui/pages/contact_filters.py" />
            <location filename="../ui/pages/meetings.py" />
            <location filename="../ui/pages/network.py" />
            <source>Alle buurten</source>
            <translation>All neighbourhoods</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>Alle contactmomenten tonen</source>
            <translation>Show all contact moments</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Alle mensen en groepen uit beeld →</source>
            <translation>All people and groups out of sight →</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>Alle perioden</source>
            <translation>All periods</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>Alle reeksen</source>
            <translation>All series</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_check.py" />
            <source>Alle rijen zijn in orde.</source>
            <translation>All rows are in order.</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>Alle settings</source>
            <translation>All settings</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>Alle strategieën</source>
            <translation>All strategies</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <location filename="../ui/pages/contact_filters.py" />
            <location filename="../ui/pages/network.py" />
            <source>Alle thema's</source>
            <translation>All themes</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>Alle werkers</source>
            <translation>All workers</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Alle wijken</source>
            <translation>All districts</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Alle {n} uit beeld →</source>
            <translation>All {n} out of sight →</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>Alleen &amp;losse signalen (nog niet gecombineerd, geen dossier)</source>
            <translation>Only &amp;separate signals (not yet combined, no dossier)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_check.py" />
            <source>Alleen de geldige rijen importeren (de geweigerde rijen blijven buiten Buurtboek)</source>
            <translation>Import only the valid rows (the refused rows stay outside Buurtboek)</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>alleen voor de test; wordt niet bewaard</source>
            <translation>only for the test; not stored</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <source>Alleen zonder toestemming</source>
            <translation>Only without consent</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>Alles</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>Alles &amp;importeren</source>
            <translation>&amp;Import everything</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/shortcuts.py" />
            <source>Alles in Buurtboek kan met het toetsenbord: Tab gaat naar het volgende veld, Shift+Tab terug, Enter kiest, Esc sluit een venster. Een onderstreepte letter in een menu of knop kies je met Alt.</source>
            <translation>Everything in Buurtboek can be done with the keyboard: Tab goes to the next field, Shift+Tab back, Enter chooses, Esc closes a window. An underlined letter in a menu or button is chosen with Alt.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/person_bar.py" />
            <source>Alles over {name} staat in
{path}

Het inzageverzoek is vastgelegd in het auditlog. Lees de notities na voordat je het bestand afgeeft.</source>
            <translation>Everything about {name} is in
{path}

The subject access request has been recorded in the audit log. Read through the notes before you hand over the file.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/person_bar.py" />
            <source>Alles wat over deze bewoner is vastgelegd, in één Excel-bestand (komt in het auditlog)</source>
            <translation>Everything recorded about this resident, in one Excel file (goes into the audit log)</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Als tekst, om in een e-mail te plakken</source>
            <translation>As text, to paste into an email</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Ander &amp;bestand…</source>
            <translation>Other &amp;file…</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <source>Anders</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <location filename="../ui/dialogs/import_wizard.py" />
            <location filename="../ui/dialogs/new_actor.py" />
            <location filename="../ui/dialogs/welcome.py" />
            <location filename="../ui/people/deletion.py" />
            <location filename="../ui/privacy/erasure_dialog.py" />
            <location filename="../ui/server_settings.py" />
            <location filename="../ui/tasks.py" />
            <location filename="../ui/widgets/dialog_parts.py" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../ui/charts/figures.py" />
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>Anoniem</source>
            <translation>Anonymous</translation>
        </message>
        <message>
            <location filename="../db/services/reports.py" />
            <source>Anoniem gesproken bewoners</source>
            <translation>Residents spoken to anonymously</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Archiveren</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location filename="../ui/people/commands.py" />
            <source>Archiveren: {name}</source>
            <translation>Archive: {name}</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>Auditlog</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>auditlog</source>
            <translation>audit log</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>Auditlog exporteren</source>
            <translation>Export audit log</translation>
        </message>
        <message>
            <location filename="../db/backups.py" />
            <source>Automatisch</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <location filename="../ui/pages/meetings.py" />
            <source>B&amp;uurt</source>
            <translation>Neighbo&amp;urhood</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>Back-&amp;ups…</source>
            <translation>Back&amp;ups…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Back-up gemaakt: {name} ({size}).</source>
            <translation>Backup made: {name} ({size}).</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Back-up kiezen</source>
            <translation>Choose a backup</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Back-up maken</source>
            <translation>Make a backup</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Back-up maken…</source>
            <translation>Making a backup…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Back-up mislukt: {reason}</source>
            <translation>Backup failed: {reason}</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Back-up terugzetten</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Back-ups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Back-ups kunnen pas gemaakt worden als de database open is (en alleen van een database op deze computer).</source>
            <translation>Backups can only be made once the database is open (and only of a database on this computer).</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <location filename="../ui/privacy/retention_review.py" />
            <source>Back-ups van vóór nu bevatten de gegevens nog, tot ze volgens het back-upschema worden opgeruimd.</source>
            <translation>Backups from before now still contain the data until they are cleared up according to the backup schedule.</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>Be&amp;werken</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>Beel&amp;d</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/welcome.py" />
            <source>Begin &amp;leeg</source>
            <translation>Start &amp;empty</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/welcome.py" />
            <source>Begin met de &amp;demowijk (om rond te kijken)</source>
            <translation>Start with the &amp;demo neighbourhood (to look around)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/welcome.py" />
            <source>Beginnen</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Begintijd</source>
            <translation>Start time</translation>
        </message>
        <message>
            <location filename="../ui/charts/figures.py" />
            <source>Bereik</source>
            <translation>Reach</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Bereikte bewoners (ook anoniem)</source>
            <translation>Residents reached (anonymous too)</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Bereikte bewoners per maand (bij naam en anoniem)</source>
            <translation>Residents reached per month (by name and anonymous)</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Besluit vastleggen</source>
            <translation>Record decision</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Besluit verwijderen</source>
            <translation>Delete decision</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Besluit wijzigen</source>
            <translation>Edit decision</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Besluiten</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>Bestand</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>Bestand &amp;opschonen</source>
            <translation>Clean up &amp;file</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>Bestand lezen</source>
            <translation>Reading file</translation>
        </message>
        <message>
            <location filename="../ui/privacy/purge_task.py" />
            <source>Bestand opschonen</source>
            <translation>Clean up file</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>Bestandshash</source>
            <translation>File hash</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Betrokken bewoners en groepen</source>
            <translation>Residents and groups involved</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Betrokkene toevoegen</source>
            <translation>Add person involved</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Betrokkenen</source>
            <translation>People involved</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Bewaard als sjabloon van '{s}': een nieuwe bijeenkomst in deze reeks begint met deze agenda.</source>
            <translation>Saved as the template of '{s}': a new meeting in this series starts with this agenda.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>Bewaard in {path}</source>
            <translation>Saved in {path}</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>bewaard om {t}</source>
            <translation>saved at {t}</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>Bewaartermijnen</source>
            <translation>Retention periods</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>Bewaartermijnen (0 = geen termijn)</source>
            <translation>Retention periods (0 = no period)</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>Bewaren</source>
            <translation>Keep</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>Bewaren &amp;tot</source>
            <translation>Keep &amp;until</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Bewaren als sjabloon van de reeks</source>
            <translation>Save as the series template</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>Bewaren met reden</source>
            <translation>Keep with a reason</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <location filename="../ui/privacy/retention_review.py" />
            <source>bewoner</source>
            <translation>resident</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>Bewoner</source>
            <translation>Resident</translation>
        </message>
        <message>
            <location filename="../db/services/storage_periods.py" />
            <location filename="../ui/pages/people.py" />
            <source>Bewoners</source>
            <translation>Residents</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>bewoners</source>
            <translation>residents</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>bewoners bereikt in 30 dagen (ook anoniem)</source>
            <translation>residents reached in 30 days (anonymous too)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>Bewoners importeren</source>
            <translation>Importing residents</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>bewoners in beeld</source>
            <translation>residents in view</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Bewoners worden 'bewoner 1', 'bewoner 2'; groepen en instellingen houden hun naam.</source>
            <translation>Residents become 'resident 1', 'resident 2'; groups and institutions keep their names.</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <source>Bewoners zonder geldige toestemming (AVG)</source>
            <translation>Residents without valid consent (GDPR)</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Bezig met tellen van de bereikte bewoners…</source>
            <translation>Counting the residents reached…</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Bezig met tellen wie nog actief is…</source>
            <translation>Counting who is still active…</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Bezig met tellen…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>Bezig met verbinden met {host}…</source>
            <translation>Connecting to {host}…</translation>
        </message>
        <message>
            <location filename="../ui/charts/figures.py" />
            <source>Bij naam</source>
            <translation>By name</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <location filename="../ui/pages/meetings.py" />
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>Bijeenkomst</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>bijeenkomst</source>
            <translation>meeting</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Bijeenkomst '{t}' verwijderen</source>
            <translation>Delete meeting '{t}'</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Bijeenkomst: {what} wijzigen</source>
            <translation>Meeting: change {what}</translation>
        </message>
        <message>
            <location filename="../db/services/reports.py" />
            <location filename="../db/services/search.py" />
            <location filename="../ui/advocacy/links_tab.py" />
            <location filename="../ui/pages/__init__.py" />
            <location filename="../ui/pages/meetings.py" />
            <location filename="../ui/pages/reports.py" />
            <source>Bijeenkomsten</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>Bijeenkomsten per reeks</source>
            <translation>Meetings per series</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>Bijlage &amp;toevoegen…</source>
            <translation>&amp;Add attachment…</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>Bijlage '{name}' toevoegen</source>
            <translation>Add attachment '{name}'</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>Bijlage toevoegen</source>
            <translation>Add attachment</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>Bijlage verwijderen</source>
            <translation>Delete attachment</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>Bijlagen</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>bijvoorbeeld buurtboek</source>
            <translation>for example buurtboek</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/welcome.py" />
            <source>bijvoorbeeld Samira Ouali</source>
            <translation>for example Samira Ouali</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>bijvoorbeeld server.welzijn.local</source>
            <translation>for example server.welzijn.local</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/welcome.py" />
            <source>bijvoorbeeld Welzijn Rotterdam-Zuid</source>
            <translation>for example Welzijn Rotterdam-Zuid</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>bijvoorbeeld Wonen, Armoede</source>
            <translation>for example Housing, Poverty</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source>Bijvoorbeeld: bij vier woningen blijven de gordijnen overdag dicht.</source>
            <translation>For example: at four homes the curtains stay closed during the day.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>bijvoorbeeld: lopende klacht bij de corporatie</source>
            <translation>for example: ongoing complaint with the housing corporation</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <source>Brief</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source>Bron (&amp;van wie)</source>
            <translation>Source (&amp;from whom)</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source>Bron (van wie)</source>
            <translation>Source (from whom)</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source>Bron anoniem houden (naam komt nergens in beeld)</source>
            <translation>Keep the source anonymous (the name never appears on screen)</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <source>Brugfunctie</source>
            <translation>Bridging role</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <source>Brugfunctie: {v}</source>
            <translation>Bridging role: {v}</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <source>Bruggen</source>
            <translation>Bridges</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <source>Burgerberaad</source>
            <translation>Citizens' assembly</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <location filename="../ui/advocacy/signals_view.py" />
            <location filename="../ui/dialogs/contact_entry.py" />
            <location filename="../ui/pages/contact_filters.py" />
            <location filename="../ui/pages/contacts.py" />
            <location filename="../ui/pages/network.py" />
            <location filename="../ui/pages/people.py" />
            <location filename="../ui/people/detail.py" />
            <source>Buurt</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>buurt</source>
            <translation>neighbourhood</translation>
        </message>
        <message>
            <location filename="../db/services/import_values.py" />
            <location filename="../ui/dialogs/import_mapping.py" />
            <source>Buurt of wijk</source>
            <translation>Neighbourhood or district</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Buurt:</source>
            <translation>Neighbourhood:</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>Buurtboek</source>
            <translation>Buurtboek</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Buurtboek controleert de back-up eerst. De huidige database wordt apart gezet in de back-upmap (zo kun je later terug), daarna start Buurtboek opnieuw met de back-up. {lost}</source>
            <translation>Buurtboek checks the backup first. The current database is put aside in the backup folder (so you can go back later), then Buurtboek restarts with the backup. {lost}</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Buurtboek maakt elke dag bij het starten een back-up en bewaart de nieuwste {d} dagelijkse, {w} wekelijkse en {m} maandelijkse. Ze staan in &lt;i&gt;{folder}&lt;/i&gt;.</source>
            <translation>Buurtboek makes a backup every day when it starts and keeps the newest {d} daily, {w} weekly and {m} monthly ones. They are in &lt;i&gt;{folder}&lt;/i&gt;.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/unlock.py" />
            <source>Buurtboek ontgrendelen</source>
            <translation>Unlock Buurtboek</translation>
        </message>
        <message>
            <location filename="../ui/server_password.py" />
            <source>Buurtboek werkt op de teamserver; wijzigen via Bestand → Teamserver…</source>
            <translation>Buurtboek works on the team server; change it in File → Team server…</translation>
        </message>
        <message>
            <location filename="../ui/lock.py" />
            <source>Buurtboek — vergrendeld</source>
            <translation>Buurtboek — locked</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>Buurtboek — {name}</source>
            <translation>Buurtboek — {name}</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Buurtboek-back-ups (*.sqlite);;Alle bestanden (*)</source>
            <translation>Buurtboek backups (*.sqlite);;All files (*)</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <source>Cijfers</source>
            <translation>Figures</translation>
        </message>
        <message>
            <location filename="../ui/charts/chart.py" />
            <source>Cijfers gekopieerd: plak ze in Excel of Word.</source>
            <translation>Figures copied: paste them into Excel or Word.</translation>
        </message>
        <message>
            <location filename="../ui/charts/chart.py" />
            <source>Cijfers kopiëren</source>
            <translation>Copy figures</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Cijfers naar Excel</source>
            <translation>Figures to Excel</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Cijfers naar Excel…</source>
            <translation>Figures to Excel…</translation>
        </message>
        <message>
            <location filename="../ui/charts/chart.py" />
            <source>Cijfers onder de muis</source>
            <translation>Figures under the mouse</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>Contactlijst &amp;importeren…</source>
            <translation>&amp;Import contact list…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>Contactlijst importeren</source>
            <translation>Import contact list</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>Contactlijst kiezen</source>
            <translation>Choose contact list</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>Contactlijsten (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle bestanden (*)</source>
            <translation>Contact lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <location filename="../ui/privacy/retention_review.py" />
            <source>contactmoment</source>
            <translation>contact moment</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>Contactmoment</source>
            <translation>Contact moment</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>Contactmoment vastgelegd. Ongedaan maken: Ctrl+Z</source>
            <translation>Contact moment recorded. Undo: Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <location filename="../ui/people/commands.py" />
            <source>Contactmoment vastleggen</source>
            <translation>Record contact moment</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <location filename="../ui/people/commands.py" />
            <source>Contactmoment wijzigen</source>
            <translation>Edit contact moment</translation>
        </message>
        <message>
            <location filename="../db/services/reports.py" />
            <location filename="../db/services/search.py" />
            <location filename="../db/services/storage_periods.py" />
            <location filename="../ui/advocacy/links_tab.py" />
            <location filename="../ui/pages/__init__.py" />
            <location filename="../ui/pages/contacts.py" />
            <location filename="../ui/pages/reports.py" />
            <source>Contactmomenten</source>
            <translation>Contact moments</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>contactmomenten</source>
            <translation>contact moments</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>Contactmomenten (tellen lukte niet)</source>
            <translation>Contact moments (counting failed)</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>contactmomenten in de laatste 30 dagen</source>
            <translation>contact moments in the last 30 days</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Contactmomenten per maand</source>
            <translation>Contact moments per month</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Contactmomenten per week, naar setting</source>
            <translation>Contact moments per week, by setting</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Contactmomenten per week, naar strategie</source>
            <translation>Contact moments per week, by strategy</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>Contactmomenten tellen…</source>
            <translation>Counting contact moments…</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Contactmoment…</source>
            <translation>Contact moment…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/search.py" />
            <source>Controleer de spelling, of typ minder of kortere woorden: een resultaat bevat al je woorden.</source>
            <translation>Check the spelling, or type fewer or shorter words: a result contains all of your words.</translation>
        </message>
        <message>
            <location filename="../db/services/purge.py" />
            <source>Databasebestand opnieuw opbouwen</source>
            <translation>Rebuilding the database file</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <location filename="../ui/advocacy/timeline_tab.py" />
            <location filename="../ui/dialogs/backups.py" />
            <location filename="../ui/dialogs/contact_entry.py" />
            <location filename="../ui/meetings/editor.py" />
            <location filename="../ui/pages/contacts.py" />
            <location filename="../ui/stories/panel.py" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/timeline_tab.py" />
            <source>Datum van de actie</source>
            <translation>Date of the action</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Datum van het netwerk</source>
            <translation>Date of the network</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <location filename="../ui/meetings/new_meeting.py" />
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <source>dd-mm-jjjj (mag leeg)</source>
            <translation>dd-mm-yyyy (may be empty)</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <source>De agenda begint met het sjabloon van de reeks; open actiepunten van eerdere keren staan vanzelf op de actielijst.</source>
            <translation>The agenda starts with the series template; open action points from earlier meetings appear on the action list by themselves.</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>De agenda staat op het klembord: plak hem in je e-mail.</source>
            <translation>The agenda is on the clipboard: paste it into your email.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>De back-up is niet gelukt:

{reason}</source>
            <translation>The backup failed:

{reason}</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>de back-up van {when}</source>
            <translation>the backup of {when}</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>De belangrijkste cijfers van de afgelopen twaalf maanden (alle wijken). {n} contactmomenten in totaal. Kies een periode en wijk voor de grafieken in de andere tabbladen.</source>
            <translation>The key figures of the past twelve months (all districts). {n} contact moments in total. Choose a period and district for the charts in the other tabs.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>de bewoner zelf, met contactgegevens, notitie, talen en talenten</source>
            <translation>the resident themselves, with contact details, note, languages and talents</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>De bijeenkomst kon niet worden gemaakt.</source>
            <translation>The meeting could not be created.</translation>
        </message>
        <message>
            <location filename="../ui/charts/chart.py" />
            <source>De cijfers als tabel naar het klembord (plakken in Excel of Word)</source>
            <translation>Copy the figures as a table to the clipboard (paste into Excel or Word)</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>De cijfers, grafieken en verhalen van een periode naar één Excel-werkmap</source>
            <translation>The figures, charts and stories of a period in one Excel workbook</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>De contactmomenten met deze filters naar Excel</source>
            <translation>The contact moments with these filters to Excel</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>De database en alle back-ups worden weer onversleuteld opgeslagen: wie de laptop in handen krijgt, kan de gegevens van bewoners dan lezen. Doorgaan?</source>
            <translation>The database and all backups will be stored unencrypted again: anyone who gets hold of the laptop can then read residents' data. Continue?</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/search.py" />
            <source>De database is nog niet geopend.</source>
            <translation>The database has not been opened yet.</translation>
        </message>
        <message>
            <location filename="../ui/pages/dossiers.py" />
            <source>De dossiers (tab Bord) of de signalen (tab Signalen) naar Excel, met een privacykeuze</source>
            <translation>The dossiers (Board tab) or the signals (Signals tab) to Excel, with a privacy choice</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_check.py" />
            <source>De eerste {n} van {total} meldingen staan hierboven.</source>
            <translation>The first {n} of {total} messages are shown above.</translation>
        </message>
        <message>
            <location filename="../ui/lock.py" />
            <source>De gegevens zijn verborgen. Er is geen wachtwoord ingesteld; zet versleuteling aan (Bestand → Versleuteling…) om er een te vragen.</source>
            <translation>The data is hidden. No password has been set; turn on encryption (File → Encryption…) to be asked for one.</translation>
        </message>
        <message>
            <location filename="../ui/lock.py" />
            <source>De gegevens zijn verborgen. Typ je wachtwoord (of de herstelsleutel) om verder te werken.</source>
            <translation>The data is hidden. Type your password (or the recovery key) to continue working.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/purge_task.py" />
            <source>De gegevens zijn verwijderd, maar het databasebestand kon nog niet worden opgeschoond: {problem} Kies later Bestand → Privacy → Bewaartermijnen → Bestand opschonen.</source>
            <translation>The data has been deleted, but the database file could not be cleaned up yet: {problem} Later choose File → Privacy → Retention periods → Clean up file.</translation>
        </message>
        <message>
            <location filename="../ui/charts/chart.py" />
            <source>De grafiek als afbeelding bewaren, voor een verslag</source>
            <translation>Save the chart as an image, for a report</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <source>De lijst van dit tabblad naar Excel</source>
            <translation>The list of this tab to Excel</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>De lijst zoals je hem ziet, met de filters die aan staan.</source>
            <translation>The list as you see it, with the filters that are on.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>De nieuwste {n} regels (exporteer voor alles)</source>
            <translation>The newest {n} lines (export for everything)</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>De notulen staan op het klembord: plak ze in je e-mail.</source>
            <translation>The minutes are on the clipboard: paste them into your email.</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_model.py" />
            <source>De open actiepunten van eerdere bijeenkomsten in deze reeks staan hier vanzelf, tot ze gedaan zijn.</source>
            <translation>The open action points of earlier meetings in this series appear here by themselves until they are done.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>De versie van de privacytekst die de bewoner kreeg</source>
            <translation>The version of the privacy text the resident was given</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>De {n} best verbonden van {total} actoren; kies een buurt of thema om alles te zien. Relaties op {day}: {ties} ({parts}).</source>
            <translation>The {n} best-connected of {total} actors; choose a neighbourhood or theme to see everything. Ties on {day}: {ties} ({parts}).</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <source>Deel</source>
            <translation>Share</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>Deelnemers</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>Definitief wissen</source>
            <translation>Erase permanently</translation>
        </message>
        <message>
            <location filename="../ui/demo_loader.py" />
            <source>Demowijk geladen: {p} bewoners en {c} contactmomenten.</source>
            <translation>Demo neighbourhood loaded: {p} residents and {c} contact moments.</translation>
        </message>
        <message>
            <location filename="../ui/demo_loader.py" />
            <source>Demowijk laden</source>
            <translation>Load demo neighbourhood</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Demowijk laden…</source>
            <translation>Load demo neighbourhood…</translation>
        </message>
        <message>
            <location filename="../ui/privacy/person_bar.py" />
            <source>Deze bewoner en alles wat alleen over hem of haar gaat definitief wissen</source>
            <translation>Permanently erase this resident and everything that concerns only them</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>Deze maand</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>Deze week</source>
            <translation>This week</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>deze week ({date})</source>
            <translation>this week ({date})</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Dit bestand kan niet worden teruggezet:

{reason}

Er is niets veranderd.</source>
            <translation>This file cannot be restored:

{reason}

Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>Dit contactmoment bestaat niet meer.</source>
            <translation>This contact moment no longer exists.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>Dit is een verhaal (voor de verantwoording)</source>
            <translation>This is a story (for the accountability report)</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <location filename="../ui/pages/meetings.py" />
            <location filename="../ui/pages/reports.py" />
            <source>Dit jaar</source>
            <translation>This year</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <location filename="../ui/pages/reports.py" />
            <source>Dit kwartaal</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>Dit onderdeel kan (nog) niet geopend worden.</source>
            <translation>This item cannot be opened (yet).</translation>
        </message>
        <message>
            <location filename="../ui/lock.py" />
            <source>Dit wachtwoord klopt niet. Probeer het opnieuw.</source>
            <translation>This password is not right. Please try again.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>Doel</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Doel toevoegen</source>
            <translation>Add target</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Doel verwijderen</source>
            <translation>Delete target</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Doel wijzigen</source>
            <translation>Change target</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Doelen</source>
            <translation>Targets</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Doelen: wie beslist</source>
            <translation>Targets: who decides</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>Door</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <location filename="../ui/privacy/audit_view.py" />
            <location filename="../ui/privacy/retention_review.py" />
            <source>dossier</source>
            <translation>dossier</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Dossier '{t}' verwijderen</source>
            <translation>Delete dossier '{t}'</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Dossier bewaard in {path}</source>
            <translation>Dossier saved in {path}</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>Dossier maken van signaal</source>
            <translation>Make a dossier from the signal</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Dossier naar Excel</source>
            <translation>Dossier to Excel</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Dossier verwijderen</source>
            <translation>Delete dossier</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_model.py" />
            <source>dossier {title}</source>
            <translation>dossier {title}</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Dossier: {what} wijzigen</source>
            <translation>Dossier: change {what}</translation>
        </message>
        <message>
            <location filename="../db/services/search.py" />
            <location filename="../db/services/storage_periods.py" />
            <location filename="../ui/pages/__init__.py" />
            <location filename="../ui/pages/reports.py" />
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>dossiers</source>
            <translation>dossiers</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Dossiers al lang in dezelfde fase</source>
            <translation>Dossiers long in the same phase</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Dossiers en relaties</source>
            <translation>Dossiers and ties</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/board.py" />
            <source>Dossiers in fase {phase}</source>
            <translation>Dossiers in phase {phase}</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Dossiers in fase {phase}: {n}</source>
            <translation>Dossiers in phase {phase}: {n}</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Dossiers per fase (eind van de maand)</source>
            <translation>Dossiers per phase (end of the month)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_check.py" />
            <source>Dubbel</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Dubbelklik om te wijzigen, Delete om te verwijderen</source>
            <translation>Double-click to edit, Delete to remove</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>duur</source>
            <translation>duration</translation>
        </message>
        <message>
            <location filename="../db/services/import_values.py" />
            <location filename="../ui/dialogs/import_mapping.py" />
            <location filename="../ui/people/detail.py" />
            <source>E-mailadres</source>
            <translation>Email address</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Een back-up van elders terugzetten, bijvoorbeeld van een USB-stick</source>
            <translation>Restore a backup from elsewhere, for example from a USB stick</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <source>Een bestaande contactlijst (Excel of CSV) importeren</source>
            <translation>Import an existing contact list (Excel or CSV)</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <source>Een losse bijeenkomst heeft geen actielijst van eerdere keren.</source>
            <translation>A single meeting has no action list from earlier meetings.</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Een nieuwe bijeenkomst in deze reeks begint met deze agenda</source>
            <translation>A new meeting in this series starts with this agenda</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <source>Een nieuwe reeks begint met een eenvoudige agenda met een actielijst; pas die aan en bewaar hem als sjabloon.</source>
            <translation>A new series starts with a simple agenda with an action list; adjust it and save it as the template.</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Een vast punt waarop de open actiepunten van eerdere bijeenkomsten vanzelf verschijnen</source>
            <translation>A standing item on which the open action points of earlier meetings appear by themselves</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>Eerder bewaard tot</source>
            <translation>Previously kept until</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Ego-netwerk:</source>
            <translation>Ego network:</translation>
        </message>
        <message>
            <location filename="../ui/charts/figures.py" />
            <source>Eigen contact (geen strategie)</source>
            <translation>Own contact (no strategy)</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>Eigen periode</source>
            <translation>Custom period</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>Elk gesprek in de portiek, op straat of bij het schoolplein komt hier te staan. Leg er een vast met Ctrl+Shift+N.</source>
            <translation>Every talk in the stairwell, on the street or at the school gate appears here. Record one with Ctrl+Shift+N.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>Enter of dubbelklik: openen</source>
            <translation>Enter or double-click: open</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>Er ging iets mis; er is niets geïmporteerd. ({error})</source>
            <translation>Something went wrong; nothing was imported. ({error})</translation>
        </message>
        <message>
            <location filename="../ui/privacy/person_bar.py" />
            <source>Er is geen geldige toestemming vastgelegd: deze bewoner blijft buiten exports die toestemming vragen.</source>
            <translation>No valid consent has been recorded: this resident stays out of exports that require consent.</translation>
        </message>
        <message>
            <location filename="../ui/demo_loader.py" />
            <source>Er staan al gegevens in deze database. De demowijk kan alleen in een lege database worden geladen; je eigen gegevens blijven zoals ze zijn.</source>
            <translation>This database already holds data. The demo neighbourhood can only be loaded into an empty database; your own data stays as it is.</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Even zoeken wie uit beeld is…</source>
            <translation>Looking up who is out of sight…</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <location filename="../ui/dialogs/excel_export.py" />
            <location filename="../ui/meetings/editor.py" />
            <location filename="../ui/pages/network.py" />
            <location filename="../ui/privacy/audit_view.py" />
            <location filename="../ui/privacy/person_bar.py" />
            <source>Excel-werkmap (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../db/services/audit.py" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>Exporteren is niet gelukt: {error}</source>
            <translation>Export failed: {error}</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <location filename="../ui/dialogs/excel_export.py" />
            <location filename="../ui/meetings/editor.py" />
            <source>Exporteren mislukt: {e}</source>
            <translation>Export failed: {e}</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <location filename="../ui/pages/contacts.py" />
            <location filename="../ui/pages/people.py" />
            <source>Exporteren naar &amp;Excel…</source>
            <translation>Export to &amp;Excel…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>Exporteren…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Fase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <source>Fase: agenderen</source>
            <translation>Phase: putting on the agenda</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <source>Fase: beïnvloeden</source>
            <translation>Phase: influencing</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <source>Fase: evaluatie</source>
            <translation>Phase: evaluation</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <source>Fase: resultaat</source>
            <translation>Phase: result</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <source>Fase: signaleren</source>
            <translation>Phase: spotting signals</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <source>Fase: verkennen</source>
            <translation>Phase: exploring</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Fasegeschiedenis</source>
            <translation>Phase history</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Fasen bereikt</source>
            <translation>Phases reached</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <location filename="../ui/dialogs/excel_export.py" />
            <location filename="../ui/meetings/editor.py" />
            <source>Geannuleerd; er is niets geschreven.</source>
            <translation>Cancelled; nothing was written.</translation>
        </message>
        <message>
            <location filename="../db/services/audit.py" />
            <source>Geanonimiseerd</source>
            <translation>Anonymised</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>gearchiveerd</source>
            <translation>archived</translation>
        </message>
        <message>
            <location filename="../db/services/import_values.py" />
            <location filename="../ui/dialogs/import_mapping.py" />
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../db/services/import_values.py" />
            <location filename="../ui/dialogs/import_mapping.py" />
            <location filename="../ui/people/detail.py" />
            <source>Geboortejaar</source>
            <translation>Year of birth</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>Gebundeld: {t}</source>
            <translation>Bundled: {t}</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>gecombineerd</source>
            <translation>combined</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>Gecombineerd. Ongedaan maken: Ctrl+Z</source>
            <translation>Combined. Undo: Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <source>Geef de nieuwe reeks een naam.</source>
            <translation>Give the new series a name.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Geef het gekozen doel de houding en invloed hiernaast</source>
            <translation>Give the chosen target the stance and influence next to it</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Geen agendapunten: maak eerst de agenda.</source>
            <translation>No agenda items: make the agenda first.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>Geen andere notities gevonden die de naam noemen.</source>
            <translation>No other notes found that mention the name.</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Geen bijeenkomsten gepland.</source>
            <translation>No meetings planned.</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>Geen bijeenkomsten met deze keuze; zet de filters op 'Alle' om alles te zien.</source>
            <translation>No meetings with this choice; set the filters to 'All' to see everything.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source>Geen bron</source>
            <translation>No source</translation>
        </message>
        <message>
            <location filename="../ui/charts/chart.py" />
            <source>Geen cijfers in deze periode.</source>
            <translation>No figures in this period.</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Geen contactmomenten in deze periode. Leg ze vast met Ctrl+Shift+N.</source>
            <translation>No contact moments in this period. Record them with Ctrl+Shift+N.</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>Geen contactmomenten met deze filters</source>
            <translation>No contact moments with these filters</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>geen datum</source>
            <translation>no date</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Geen dossiers die al drie maanden stilstaan.</source>
            <translation>No dossiers that have been standing still for three months.</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>Geen enkel filter apart maakt het verschil: zet er meer ruimer, of wis de filters.</source>
            <translation>No single filter makes the difference on its own: widen several, or clear the filters.</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Geen nieuwe relaties in deze periode. Leg relaties vast op de pagina Netwerk.</source>
            <translation>No new ties in this period. Record ties on the Network page.</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Geen open actiepunten.</source>
            <translation>No open action points.</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <source>Geen open actiepunten. Nieuwe maak je bij een bijeenkomst, in de notulen.</source>
            <translation>No open action points. You create new ones at a meeting, in the minutes.</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>Geen profiel ingesteld</source>
            <translation>No profile set</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Geen relaties die bij deze keuze passen. Leg vast wie met wie verbonden is (op de pagina Mensen &amp; groepen), of kies een andere datum of buurt.</source>
            <translation>No ties that match this choice. Record who is connected to whom (on the People &amp; groups page), or choose another date or neighbourhood.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>Geen signalen met deze keuze; zet de filters op 'Alle' om alles te zien.</source>
            <translation>No signals with this choice; set the filters to 'All' to see everything.</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>Geen strategie</source>
            <translation>No strategy</translation>
        </message>
        <message>
            <location filename="../ui/privacy/person_bar.py" />
            <source>Geen toestemming</source>
            <translation>No consent</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>Gegeven op</source>
            <translation>Given on</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>gegeven {date}</source>
            <translation>given {date}</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Gegevens</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/recovery_key.py" />
            <source>Gekopieerd</source>
            <translation>Copied</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_model.py" />
            <source>Gekoppeld aan</source>
            <translation>Linked to</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Gekozen agendapunt</source>
            <translation>Chosen agenda item</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Gekozen agendapunt verwijderen (Delete)</source>
            <translation>Delete the chosen agenda item (Delete)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>Gekozen deelnemers</source>
            <translation>Chosen participants</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>Gekozen personen markeren (toets {key} in de lijst)</source>
            <translation>Mark the chosen people (key {key} in the list)</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Gemeente, wethouder, corporatie…</source>
            <translation>Municipality, alderman, housing corporation…</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>Gepland</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>Geselecteerde &amp;intrekken per</source>
            <translation>&amp;Withdraw selected as of</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <source>Gesprek met wethouder</source>
            <translation>Talk with the alderman</translation>
        </message>
        <message>
            <location filename="../db/services/reports.py" />
            <location filename="../ui/pages/reports.py" />
            <source>Gestarte bewonersinitiatieven</source>
            <translation>Residents' initiatives started</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Gevoelig</source>
            <translation>Sensitive</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>Gevoelig (gezondheid, geld, conflicten)</source>
            <translation>Sensitive (health, money, conflicts)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>gevoelige notities</source>
            <translation>sensitive notes</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_check.py" />
            <source>Geweigerd</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_check.py" />
            <source>Geweigerde en dubbele rijen</source>
            <translation>Refused and duplicate rows</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>Geëxporteerd naar {path}</source>
            <translation>Exported to {path}</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Goedemiddag</source>
            <translation>Good afternoon</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Goedemorgen</source>
            <translation>Good morning</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Goedenavond</source>
            <translation>Good evening</translation>
        </message>
        <message>
            <location filename="../ui/charts/chart.py" />
            <source>Grafiek opslaan</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>groep</source>
            <translation>group</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>Groep</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../db/services/search.py" />
            <location filename="../ui/people/out_of_sight.py" />
            <source>Groepen</source>
            <translation>Groups</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <source>Groepen en instellingen</source>
            <translation>Groups and institutions</translation>
        </message>
        <message>
            <location filename="../ui/people/out_of_sight.py" />
            <source>Groepen zonder koppeling</source>
            <translation>Groups without a link</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>groepen, organisaties en instellingen</source>
            <translation>groups, organisations and institutions</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <location filename="../ui/dialogs/backups.py" />
            <source>Grootte</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Grootte: aantal relaties. Dikkere lijn: sterkere relatie. Sleep een punt om het vast te zetten; dubbelklik om te openen.</source>
            <translation>Size: number of ties. Thicker line: stronger tie. Drag a point to pin it; double-click to open.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>H&amp;uidig</source>
            <translation>C&amp;urrent</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>handen: fietsen maken; hart: koken</source>
            <translation>hands: repairing bikes; heart: cooking</translation>
        </message>
        <message>
            <location filename="../db/backups.py" />
            <source>Handmatig</source>
            <translation>Manual</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Hele netwerk</source>
            <translation>Whole network</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/shortcuts.py" />
            <source>Hele venster</source>
            <translation>Whole window</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>Her&amp;haal</source>
            <translation>Re&amp;peat</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/recovery_key.py" />
            <source>Herstelsleutel</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/recovery_key.py" />
            <source>Herstelsleutel afdrukken</source>
            <translation>Print recovery key</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>Het auditlog wordt alleen aangevuld, nooit gewijzigd. Het noemt wat er gebeurde en met hoeveel rijen, nooit de gewiste of gevoelige inhoud.</source>
            <translation>The audit log is only added to, never changed. It says what happened and with how many rows, never the erased or sensitive content.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>Het bestand bevat {what}. Deel het alleen met wie dat mag zien (AVG). De export wordt vastgelegd in het logboek. Doorgaan?</source>
            <translation>The file contains {what}. Share it only with those who may see it (GDPR). The export is recorded in the log. Continue?</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>Het einde van de periode ligt vóór het begin.</source>
            <translation>The end of the period is before the start.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/person_bar.py" />
            <source>Het inzageverzoek is niet gemaakt: {error}</source>
            <translation>The subject access request was not made: {error}</translation>
        </message>
        <message>
            <location filename="../ui/demo_loader.py" />
            <source>Het laden van de demowijk is mislukt; er is niets opgeslagen.

{error}</source>
            <translation>Loading the demo neighbourhood failed; nothing was saved.

{error}</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Het lopende kwartaal ({start} t/m {end}) naast het vorige kwartaal en hetzelfde kwartaal een jaar eerder. Bereik telt iedere bewoner één keer per kwartaal, plus wie anoniem gesproken is.</source>
            <translation>The current quarter ({start} to {end}) next to the previous quarter and the same quarter a year earlier. Reach counts every resident once per quarter, plus those spoken to anonymously.</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Het netwerk rond deze persoon, groep of plek</source>
            <translation>The network around this person, group or place</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Het probleem in de woorden van bewoners</source>
            <translation>The problem in residents' own words</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <source>Hier zie je de gegevens, relaties en de tijdlijn van de bewoner, groep of plek die je kiest. Nieuw? Gebruik de knop rechtsboven (Ctrl+N).</source>
            <translation>Here you see the details, ties and timeline of the resident, group or place you choose. New? Use the button at the top right (Ctrl+N).</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Hier zie je straks je actiepunten van vandaag, komende bijeenkomsten, nieuwe signalen en hoe het netwerk in de buurt groeit. Laad de demowijk om rond te kijken, of begin met je eerste contactmoment.</source>
            <translation>Here you will soon see today's action points, upcoming meetings, new signals and how the network in the neighbourhood grows. Load the demo neighbourhood to look around, or start with your first contact moment.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>Hoe</source>
            <translation>How</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>Hoort bij</source>
            <translation>Belongs to</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Houding</source>
            <translation>Stance</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/stakeholders.py" />
            <source>houding</source>
            <translation>stance</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>Huidig wachtwoord of herstelsleutel</source>
            <translation>Current password or recovery key</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>Huishoudens</source>
            <translation>Households</translation>
        </message>
        <message>
            <location filename="../db/services/import_values.py" />
            <location filename="../ui/dialogs/import_mapping.py" />
            <location filename="../ui/people/detail.py" />
            <source>Huisnummer</source>
            <translation>House number</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>Ik begrijp dat dit definitief is</source>
            <translation>I understand that this is permanent</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/recovery_key.py" />
            <source>Ik heb de herstelsleutel bewaard</source>
            <translation>I have kept the recovery key</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <source>ikzelf</source>
            <translation>myself</translation>
        </message>
        <message>
            <location filename="../db/services/audit.py" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_command.py" />
            <source>Import van {n} bewoners</source>
            <translation>Import of {n} residents</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <source>Importeren…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Indicatoren per maand</source>
            <translation>Indicators per month</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>Informatietekst</source>
            <translation>Information text</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>Ingetrokken op</source>
            <translation>Withdrawn on</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>ingetrokken {date}</source>
            <translation>withdrawn {date}</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_model.py" />
            <source>Inleider</source>
            <translation>Presenter</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>inleider</source>
            <translation>presenter</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <source>Inspreken in de raad</source>
            <translation>Speaking at the council</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Invloed</source>
            <translation>Influence</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/stakeholders.py" />
            <source>invloed</source>
            <translation>influence</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>invloed </source>
            <translation>influence </translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Invloed (1-5)</source>
            <translation>Influence (1-5)</translation>
        </message>
        <message>
            <location filename="../db/services/audit.py" />
            <location filename="../ui/privacy/person_bar.py" />
            <source>Inzageverzoek</source>
            <translation>Subject access request</translation>
        </message>
        <message>
            <location filename="../ui/privacy/person_bar.py" />
            <source>Inzageverzoek opslaan</source>
            <translation>Save subject access request</translation>
        </message>
        <message>
            <location filename="../ui/privacy/person_bar.py" />
            <source>Inzageverzoek…</source>
            <translation>Subject access request…</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>je gebruikersnaam op de server</source>
            <translation>your user name on the server</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Je gegevens worden geopend…</source>
            <translation>Opening your data…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>Je vindt ze onder Mensen &amp; groepen. Toch niet goed? Ctrl+Z (Bewerken → Ongedaan maken) haalt de hele import weer weg.</source>
            <translation>You will find them under People &amp; groups. Not right after all? Ctrl+Z (Edit → Undo) removes the whole import again.</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Jouw tekst staat op het klembord.</source>
            <translation>Your text is on the clipboard.</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <source>Kaartje</source>
            <translation>Card</translation>
        </message>
        <message>
            <location filename="../ui/people/merge.py" />
            <source>Kies de persoon die dezelfde is.</source>
            <translation>Choose the person who is the same.</translation>
        </message>
        <message>
            <location filename="../ui/people/merge.py" />
            <source>Kies een andere persoon dan {name} zelf.</source>
            <translation>Choose a person other than {name}.</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>Kies een naam uit de lijst die verschijnt terwijl je typt.</source>
            <translation>Choose a name from the list that appears as you type.</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Kies eerst de relatie die eindigt.</source>
            <translation>First choose the tie that ends.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>Kies eerst de toestemming die wordt ingetrokken.</source>
            <translation>First choose the consent that is being withdrawn.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/timeline_tab.py" />
            <source>Kies eerst een actie in de tijdlijn (fasen, bijeenkomsten en contactmomenten haal je elders weg).</source>
            <translation>First choose an action in the timeline (phases, meetings and contact moments are removed elsewhere).</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>Kies eerst een bijlage.</source>
            <translation>First choose an attachment.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Kies eerst een doel in de lijst.</source>
            <translation>First choose a target in the list.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Kies eerst iemand in de lijst.</source>
            <translation>First choose someone in the list.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>Kies eerst wat je wilt koppelen of ontkoppelen.</source>
            <translation>First choose what you want to link or unlink.</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <source>Kies iemand uit de lijst</source>
            <translation>Choose someone from the list</translation>
        </message>
        <message>
            <location filename="../ui/server_password.py" />
            <source>Kies in Bestand → Teamserver… een andere server of het lokale bestand.</source>
            <translation>Choose another server or the local file in File → Team server….</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>Kies links een bijeenkomst, of maak een nieuwe (Ctrl+Shift+B).</source>
            <translation>Choose a meeting on the left, or create a new one (Ctrl+Shift+B).</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/tie.py" />
            <source>Kies met wie of wat de relatie is.</source>
            <translation>Choose who or what the tie is with.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source>kies of typ een thema</source>
            <translation>choose or type a theme</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>Kies twee of meer signalen (Ctrl+klik): ze worden één gebundeld signaal met de huishoudens opgeteld.</source>
            <translation>Choose two or more signals (Ctrl+click): they become one bundled signal with the households added up.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_mapping.py" />
            <source>Kies welke kolom de naam bevat (Voornaam, Achternaam of Naam): zonder naam kan niemand worden toegevoegd.</source>
            <translation>Choose which column holds the name (First name, Last name or Name): without a name nobody can be added.</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>Kijken welk filter het verschil maakt…</source>
            <translation>Checking which filter makes the difference…</translation>
        </message>
        <message>
            <location filename="../db/services/purge.py" />
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>Klaar</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>Klik op Datum, Setting of Buurt om te sorteren</source>
            <translation>Click Date, Setting or Neighbourhood to sort</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <source>Klik op een bewoner, groep of plek op de kaart.</source>
            <translation>Click a resident, group or place on the map.</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Komende bijeenkomsten</source>
            <translation>Upcoming meetings</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>komma's ertussen: Wonen, Groen</source>
            <translation>commas in between: Housing, Green</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <location filename="../ui/dialogs/excel_export.py" />
            <location filename="../ui/meetings/editor.py" />
            <source>Kon het bestand niet schrijven: is het nog open in Excel? Sluit het en probeer het opnieuw.</source>
            <translation>Could not write the file: is it still open in Excel? Close it and try again.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <location filename="../ui/dialogs/excel_export.py" />
            <location filename="../ui/meetings/editor.py" />
            <source>Kon het bestand niet schrijven: {e}</source>
            <translation>Could not write the file: {e}</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/recovery_key.py" />
            <source>Kopiëren</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>Koppelen</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>koppeling</source>
            <translation>link</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/stakeholders.py" />
            <source>Krachtenveld: houding en invloed van wie beslist</source>
            <translation>Field of forces: stance and influence of those who decide</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Kwartalen vergelijken</source>
            <translation>Compare quarters</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>K{q} {year}</source>
            <translation>Q{q} {year}</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>Laatste 12 maanden</source>
            <translation>Last 12 months</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <location filename="../ui/pages/meetings.py" />
            <source>Laatste 3 maanden</source>
            <translation>Last 3 months</translation>
        </message>
        <message>
            <location filename="../ui/people/out_of_sight.py" />
            <source>Laatste contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>laatste contact {date}</source>
            <translation>last contact {date}</translation>
        </message>
        <message>
            <location filename="../ui/demo_loader.py" />
            <source>Laden geannuleerd; er is niets opgeslagen.</source>
            <translation>Loading cancelled; nothing was saved.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/welcome.py" />
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <source>leeg = naam van de reeks en de datum</source>
            <translation>empty = name of the series and the date</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Lessen</source>
            <translation>Lessons</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>lessen</source>
            <translation>lessons</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/unlock.py" />
            <source>Let op: Caps Lock staat misschien aan.</source>
            <translation>Note: Caps Lock may be on.</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Lid van</source>
            <translation>Member of</translation>
        </message>
        <message>
            <location filename="../db/services/purge.py" />
            <source>Logbestand legen</source>
            <translation>Emptying the log file</translation>
        </message>
        <message>
            <location filename="../db/services/purge.py" />
            <source>Logbestand wegschrijven</source>
            <translation>Writing out the log file</translation>
        </message>
        <message>
            <location filename="../ui/server_password.py" />
            <source>lokaal bestand op deze computer</source>
            <translation>local file on this computer</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Losse bijeenkomst (geen reeks)</source>
            <translation>Single meeting (no series)</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>Losse bijeenkomsten</source>
            <translation>Single meetings</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <source>Maand</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Map &amp;openen</source>
            <translation>&amp;Open folder</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <source>Media</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>Meer dan {n} contactmomenten</source>
            <translation>More than {n} contact moments</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/search.py" />
            <source>meer dan {n} — typ verder om te verfijnen</source>
            <translation>more than {n} — keep typing to narrow down</translation>
        </message>
        <message>
            <location filename="../db/services/search.py" />
            <source>Mensen</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../ui/pages/__init__.py" />
            <source>Mensen &amp; groepen</source>
            <translation>People &amp; groups</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Met</source>
            <translation>With</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>met de &amp;leden van de groep</source>
            <translation>with the &amp;members of the group</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>met deze filters</source>
            <translation>with these filters</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>Met wie</source>
            <translation>With whom</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_model.py" />
            <source>Min.</source>
            <translation>Min.</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Minimale sterkte</source>
            <translation>Minimum strength</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/welcome.py" />
            <source>minstens 10 tekens, bijvoorbeeld een korte zin</source>
            <translation>at least 10 characters, for example a short sentence</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <source>Mogelijke dubbelen</source>
            <translation>Possible duplicates</translation>
        </message>
        <message>
            <location filename="../db/services/storage_periods.py" />
            <source>na de datum van het contact</source>
            <translation>after the date of the contact</translation>
        </message>
        <message>
            <location filename="../db/services/storage_periods.py" />
            <source>na het afsluiten</source>
            <translation>after closing</translation>
        </message>
        <message>
            <location filename="../db/services/storage_periods.py" />
            <source>na het laatste contact</source>
            <translation>after the last contact</translation>
        </message>
        <message>
            <location filename="../ui/charts/figures.py" />
            <source>na {n} maanden</source>
            <translation>after {n} months</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <location filename="../ui/network/panel.py" />
            <location filename="../ui/pages/people.py" />
            <location filename="../ui/people/detail.py" />
            <location filename="../ui/people/out_of_sight.py" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <source>Naam &amp;nieuwe reeks</source>
            <translation>Name of &amp;new series</translation>
        </message>
        <message>
            <location filename="../db/services/import_values.py" />
            <location filename="../ui/dialogs/import_mapping.py" />
            <source>Naam (voor- en achternaam)</source>
            <translation>Name (first and last name)</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <source>Naam van de nieuwe reeks, bv. Bewonersavond Oude Westen</source>
            <translation>Name of the new series, e.g. Residents' evening Oude Westen</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>Naam van een bewoner of groep om uit te nodigen</source>
            <translation>Name of a resident or group to invite</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <source>Naam van een bewoner; leeg = ikzelf</source>
            <translation>Name of a resident; empty = myself</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Naam van het doel</source>
            <translation>Name of the target</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>Naam, contactgegevens en vrije tekst gaan weg; de aantallen blijven tellen</source>
            <translation>Name, contact details and free text are removed; the numbers still count</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <source>Naar</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <location filename="../ui/meetings/editor.py" />
            <source>Naar &amp;Excel…</source>
            <translation>To &amp;Excel…</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <source>Naar de &amp;bijeenkomst</source>
            <translation>Go to the &amp;meeting</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/board.py" />
            <source>Naar fase…</source>
            <translation>Move to phase…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>namen van bewoners</source>
            <translation>residents' names</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/search.py" />
            <source>Namen, adressen, e-mail en telefoon van bewoners, groepen en plekken; notities van contactmomenten; bijeenkomsten en notulen; dossiers, signalen en verhalen.</source>
            <translation>Names, addresses, email and phone of residents, groups and places; notes of contact moments; meetings and minutes; dossiers, signals and stories.</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>Navigatie</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Nederlands (goed), Arabisch (moedertaal)</source>
            <translation>Dutch (good), Arabic (native)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>Neem een bestaande contactlijst over: een Excel-bestand (.xlsx) of een CSV-bestand (gescheiden door puntkomma, komma of tab). De eerste rij met kolomnamen als Voornaam, Achternaam, E-mailadres, Telefoonnummer, Adres en Postcode wordt herkend; in de volgende stap kies je zelf wat elke kolom is.&lt;br&gt;&lt;br&gt;Er wordt pas iets opgeslagen als je na de controle op Importeren klikt, en dan alles in één keer of niets. Mensen die al in Buurtboek staan (zelfde e-mailadres, of zelfde naam en postcode) worden overgeslagen.</source>
            <translation>Take over an existing contact list: an Excel file (.xlsx) or a CSV file (separated by semicolon, comma or tab). A first row with column names such as Voornaam, Achternaam, E-mailadres, Telefoonnummer, Adres and Postcode is recognised; in the next step you choose yourself what each column is.&lt;br&gt;&lt;br&gt;Nothing is saved until you click Import after the check, and then everything at once or nothing. People who are already in Buurtboek (same email address, or same name and postcode) are skipped.</translation>
        </message>
        <message>
            <location filename="../ui/pages/__init__.py" />
            <location filename="../ui/pages/network.py" />
            <source>Netwerk</source>
            <translation>Network</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <source>Netwerk rond deze persoon</source>
            <translation>Network around this person</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Netwerk rond {name}: {n} actoren, {ties} relaties ({parts}).</source>
            <translation>Network around {name}: {n} actors, {ties} ties ({parts}).</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Netwerk rond…</source>
            <translation>Network around…</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Netwerk tekenen</source>
            <translation>Drawing the network</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Netwerkkaart</source>
            <translation>Network map</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Niemand bereikt in deze periode.</source>
            <translation>Nobody reached in this period.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source>niemand gekozen</source>
            <translation>nobody chosen</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Niemand uit beeld: je hebt iedereen op tijd gesproken.</source>
            <translation>Nobody out of sight: you have spoken to everyone in time.</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Niemand werd vrijwilliger in deze periode.</source>
            <translation>Nobody became a volunteer in this period.</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Niemand zette een stap op de participatieladder in deze periode.</source>
            <translation>Nobody took a step on the participation ladder in this period.</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Niet bewaard: {m}</source>
            <translation>Not saved: {m}</translation>
        </message>
        <message>
            <location filename="../ui/privacy/purge_task.py" />
            <source>Niet gelukt: {message} Er is niets verwijderd.</source>
            <translation>Did not work: {message} Nothing was deleted.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Niet meer betrokken</source>
            <translation>No longer involved</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>Niet samengevoegd: {e} Er is niets geschreven.</source>
            <translation>Not merged: {e} Nothing was written.</translation>
        </message>
        <message>
            <location filename="../ui/charts/chart.py" />
            <source>niets</source>
            <translation>nothing</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>Niets gevonden met deze filters</source>
            <translation>Nothing found with these filters</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/search.py" />
            <source>Niets gevonden voor “{text}”.</source>
            <translation>Nothing found for “{text}”.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>Niets over de termijn. Goed zo.</source>
            <translation>Nothing past the period. Well done.</translation>
        </message>
        <message>
            <location filename="../ui/charts/figures.py" />
            <source>Nieuw</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Nieuw actiepunt</source>
            <translation>New action point</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Nieuw actiepunt: wat moet er gebeuren? (dan Enter)</source>
            <translation>New action point: what needs to be done? (then Enter)</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Nieuw agendapunt</source>
            <translation>New agenda item</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Nieuw agendapunt onder het gekozen punt (Insert)</source>
            <translation>New agenda item below the chosen item (Insert)</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Nieuw besluit</source>
            <translation>New decision</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Nieuw besluit, dan Enter</source>
            <translation>New decision, then Enter</translation>
        </message>
        <message>
            <location filename="../ui/pages/dossiers.py" />
            <source>Nieuw dossier</source>
            <translation>New dossier</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>Nieuw wachtwoord</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../ui/people/commands.py" />
            <source>Nieuw: {name}</source>
            <translation>New: {name}</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>Nieuwe &amp;bewoner…</source>
            <translation>New &amp;resident…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <source>Nieuwe bewoner</source>
            <translation>New resident</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <source>Nieuwe bewoner…</source>
            <translation>New resident…</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <location filename="../ui/pages/meetings.py" />
            <source>Nieuwe bijeenkomst</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>Nieuwe bijeenkomst (Ctrl+Shift+B)</source>
            <translation>New meeting (Ctrl+Shift+B)</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>Nieuwe bijeenkomst…</source>
            <translation>New meeting…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_check.py" />
            <source>Nieuwe buurten: {names}.</source>
            <translation>New neighbourhoods: {names}.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <source>Nieuwe groep of instelling</source>
            <translation>New group or institution</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <source>Nieuwe groep…</source>
            <translation>New group…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <source>Nieuwe plek</source>
            <translation>New place</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <source>Nieuwe plek…</source>
            <translation>New place…</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <source>Nieuwe reeks…</source>
            <translation>New series…</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Nieuwe relaties</source>
            <translation>New ties</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Nieuwe relaties per maand, naar strategie</source>
            <translation>New ties per month, by strategy</translation>
        </message>
        <message>
            <location filename="../db/services/reports.py" />
            <source>Nieuwe relaties: koppelen</source>
            <translation>New ties: linking</translation>
        </message>
        <message>
            <location filename="../db/services/reports.py" />
            <source>Nieuwe relaties: overbruggen</source>
            <translation>New ties: bridging</translation>
        </message>
        <message>
            <location filename="../db/services/reports.py" />
            <source>Nieuwe relaties: verbinden</source>
            <translation>New ties: bonding</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Nieuwe rol</source>
            <translation>New role</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>Nieuwe toestemming vastleggen</source>
            <translation>Record new consent</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Nieuwe vrijwilligers</source>
            <translation>New volunteers</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>nieuwste eerst</source>
            <translation>newest first</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>Nog een keer</source>
            <translation>Once more</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Nog geen back-ups. Buurtboek maakt er elke dag een bij het starten; klik op &lt;b&gt;Nu maken&lt;/b&gt; voor een back-up van dit moment.</source>
            <translation>No backups yet. Buurtboek makes one every day when it starts; click &lt;b&gt;Make now&lt;/b&gt; for a backup of this moment.</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>Nog geen bijeenkomsten. Bewonersavonden, regiegroepen en overleggen met de gemeente komen hier, per reeks: maak de eerste met Nieuwe bijeenkomst (Ctrl+Shift+B).</source>
            <translation>No meetings yet. Residents' evenings, steering groups and consultations with the municipality appear here, per series: create the first with New meeting (Ctrl+Shift+B).</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>Nog geen bijlagen: voeg een brief, petitie of foto toe.</source>
            <translation>No attachments yet: add a letter, petition or photo.</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Nog geen cijfers: zodra je contactmomenten, relaties en bijeenkomsten vastlegt, verschijnen ze hier per maand.</source>
            <translation>No figures yet: as soon as you record contact moments, ties and meetings, they appear here per month.</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>Nog geen contactmomenten</source>
            <translation>No contact moments yet</translation>
        </message>
        <message>
            <location filename="../ui/pages/dossiers.py" />
            <source>Nog geen dossiers.</source>
            <translation>No dossiers yet.</translation>
        </message>
        <message>
            <location filename="../ui/pages/dossiers.py" />
            <source>Nog geen dossiers. Als iets "niet klopt" in de buurt en meer bewoners het merken, begint hier een dossier: leg signalen vast (tab Signalen) en kies 'Dossier maken van signaal', of maak meteen een nieuw dossier.</source>
            <translation>No dossiers yet. When something "doesn't add up" in the neighbourhood and more residents notice it, a dossier starts here: record signals (tab Signals) and choose 'Make a dossier from the signal', or create a new dossier straight away.</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Nog geen dossiers. Begin er een op de pagina Dossiers.</source>
            <translation>No dossiers yet. Start one on the Dossiers page.</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Nog geen signalen vastgelegd.</source>
            <translation>No signals recorded yet.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>Nog geen signalen. Merk je iets dat niet klopt in de buurt (gordijnen die overdag dicht blijven, lekkages die niemand oplost)? Leg het vast met 'Signaal vastleggen…' (Ctrl+Shift+S).</source>
            <translation>No signals yet. Do you notice something that doesn't add up in the neighbourhood (curtains that stay closed during the day, leaks nobody fixes)? Record it with 'Record signal…' (Ctrl+Shift+S).</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Nog geen stap op de ladder vastgelegd.</source>
            <translation>No step on the ladder recorded yet.</translation>
        </message>
        <message>
            <location filename="../ui/stories/panel.py" />
            <source>Nog geen verhalen in deze periode. Zet bij een contactmoment het vinkje ‘Dit is een verhaal’ aan: dan verschijnt het hier, en kun je het kiezen voor je rapport.</source>
            <translation>No stories in this period yet. Tick ‘This is a story’ on a contact moment: it then appears here, and you can choose it for your report.</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>Nog niemand uitgenodigd. Typ hierboven een naam en druk op Enter.</source>
            <translation>Nobody invited yet. Type a name above and press Enter.</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <source>Nog niemand vastgelegd. Voeg je eerste bewoner toe, of laad de demowijk via Bestand → Demowijk laden.</source>
            <translation>Nobody recorded yet. Add your first resident, or load the demo neighbourhood via File → Load demo neighbourhood.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Nog niemand. Typ hieronder een naam.</source>
            <translation>Nobody yet. Type a name below.</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>Nog niet aangegeven</source>
            <translation>Not indicated yet</translation>
        </message>
        <message>
            <location filename="../ui/charts/chart.py" />
            <source>nog niet bekend</source>
            <translation>not known yet</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/timeline_tab.py" />
            <source>Nog niets gebeurd. Voeg hieronder de eerste actie toe.</source>
            <translation>Nothing has happened yet. Add the first action below.</translation>
        </message>
        <message>
            <location filename="../ui/pages/base.py" />
            <source>Nog niets vastgelegd. Laad de demowijk via Bestand → Demowijk laden om rond te kijken, of begin met je eerste contactmoment.</source>
            <translation>Nothing recorded yet. Load the demo neighbourhood via File → Load demo neighbourhood to look around, or start with your first contact moment.</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Nog niets vastgelegd. Leg een contactmoment vast (Ctrl+Shift+N) en het verschijnt hier.</source>
            <translation>Nothing recorded yet. Record a contact moment (Ctrl+Shift+N) and it appears here.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>Nog niets vastgelegd: exports, imports, verwijderingen, toestemming en ontgrendelen komen hier te staan.</source>
            <translation>Nothing recorded yet: exports, imports, deletions, consent and unlocking will appear here.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <location filename="../ui/pages/overview.py" />
            <source>nooit</source>
            <translation>never</translation>
        </message>
        <message>
            <location filename="../db/services/import_values.py" />
            <location filename="../ui/dialogs/contact_entry.py" />
            <location filename="../ui/dialogs/import_mapping.py" />
            <location filename="../ui/pages/contacts.py" />
            <location filename="../ui/people/detail.py" />
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Notitie is gevoelig</source>
            <translation>Note is sensitive</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>Notities die de naam noemen</source>
            <translation>Notes that mention the name</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Notulen</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Notulen k&amp;opiëren</source>
            <translation>C&amp;opy minutes</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Notulen van dit agendapunt</source>
            <translation>Minutes of this agenda item</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Notulist</source>
            <translation>Minute-taker</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_model.py" />
            <source>Nr</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>Nu: {where}</source>
            <translation>Now: {where}</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>om</source>
            <translation>at</translation>
        </message>
        <message>
            <location filename="../ui/charts/figures.py" />
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Omhoog</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../ui/charts/figures.py" />
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Omlaag</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/timeline_tab.py" />
            <source>Omschrijving</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/timeline_tab.py" />
            <source>Omschrijving van de actie</source>
            <translation>Description of the action</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_model.py" />
            <source>Onderwerp</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>onderwerp</source>
            <translation>topic</translation>
        </message>
        <message>
            <location filename="../db/services/audit.py" />
            <source>Ontgrendeld</source>
            <translation>Unlocked</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/unlock.py" />
            <location filename="../ui/lock.py" />
            <source>Ontgrendelen</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>Ontkoppelen</source>
            <translation>Unlink</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>Ook &amp;gevoelige notities en verhalen meenemen</source>
            <translation>Also include &amp;sensitive notes and stories</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>op buurt</source>
            <translation>by neighbourhood</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Op datum:</source>
            <translation>On date:</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>op setting</source>
            <translation>by setting</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <location filename="../ui/pages/meetings.py" />
            <source>Open actiepunten</source>
            <translation>Open action points</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>open actiepunten</source>
            <translation>open action points</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>Open actiepunten ({n})</source>
            <translation>Open action points ({n})</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Open actiepunten van eerdere keren — vink af wat gedaan is</source>
            <translation>Open action points from earlier meetings — tick off what is done</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <source>Open de detailpagina (of dubbelklik op de kaart)</source>
            <translation>Open the detail page (or double-click on the map)</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <source>open uit {date}</source>
            <translation>open since {date}</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/board.py" />
            <location filename="../ui/network/panel.py" />
            <source>Openen</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../ui/charts/chart.py" />
            <source>Opgeslagen: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>Opnie&amp;uw</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Opnieuw schikken</source>
            <translation>Rearrange</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <location filename="../ui/dialogs/new_actor.py" />
            <location filename="../ui/dialogs/welcome.py" />
            <location filename="../ui/meetings/action_edits.py" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>Opslaan (Ctrl+Enter)</source>
            <translation>Save (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../ui/charts/chart.py" />
            <source>Opslaan als PNG…</source>
            <translation>Save as PNG…</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>Opslaan en Buurtboek opnieuw starten met deze keuze</source>
            <translation>Save and restart Buurtboek with this choice</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <location filename="../ui/dialogs/tie.py" />
            <location filename="../ui/people/detail.py" />
            <source>Opslaan is mislukt: {error}</source>
            <translation>Saving failed: {error}</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>Opslaan is mislukt; er is niets opgeslagen.
{error}</source>
            <translation>Saving failed; nothing was saved.
{error}</translation>
        </message>
        <message>
            <location filename="../ui/charts/chart.py" />
            <source>Opslaan is niet gelukt. Kies een andere map.</source>
            <translation>Saving failed. Choose another folder.</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Opslaan lukte niet: {error}</source>
            <translation>Saving failed: {error}</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>oudste eerst</source>
            <translation>oldest first</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>Over</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>Over Buurtboek</source>
            <translation>About Buurtboek</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <source>Overleg</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <location filename="../ui/pages/__init__.py" />
            <source>Overzicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>P&amp;rivacy</source>
            <translation>P&amp;rivacy</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <location filename="../ui/pages/reports.py" />
            <location filename="../ui/people/out_of_sight.py" />
            <source>Participatie</source>
            <translation>Participation</translation>
        </message>
        <message>
            <location filename="../ui/people/commands.py" />
            <source>Participatie: {level}</source>
            <translation>Participation: {level}</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Participatieladder</source>
            <translation>Participation ladder</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <location filename="../ui/pages/reports.py" />
            <source>Per maand</source>
            <translation>Per month</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <location filename="../ui/pages/contact_filters.py" />
            <location filename="../ui/pages/reports.py" />
            <source>Periode</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>Periode: {a} t/m {b}</source>
            <translation>Period: {a} to {b}</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>Periode: {p}</source>
            <translation>Period: {p}</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Persoon of groep</source>
            <translation>Person or group</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>Persoonsgegevens exporteren?</source>
            <translation>Export personal data?</translation>
        </message>
        <message>
            <location filename="../db/services/dossier_read.py" />
            <source>Petitie</source>
            <translation>Petition</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <location filename="../ui/people/detail.py" />
            <source>Plaats</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>Plek</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>plek</source>
            <translation>place</translation>
        </message>
        <message>
            <location filename="../db/services/search.py" />
            <location filename="../ui/pages/people.py" />
            <source>Plekken</source>
            <translation>Places</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>PNG-afbeelding (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <location filename="../db/services/import_values.py" />
            <location filename="../ui/dialogs/import_mapping.py" />
            <location filename="../ui/people/detail.py" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>Privacyniveau</source>
            <translation>Privacy level</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Probleem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>probleem</source>
            <translation>problem</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/welcome.py" />
            <source>Profiel</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Punt eerder op de agenda (Alt+Pijl omhoog)</source>
            <translation>Move item up the agenda (Alt+Up)</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Punt later op de agenda (Alt+Pijl omlaag)</source>
            <translation>Move item down the agenda (Alt+Down)</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>rapportage</source>
            <translation>report</translation>
        </message>
        <message>
            <location filename="../ui/pages/__init__.py" />
            <source>Rapportages</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Recente signalen</source>
            <translation>Recent signals</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <source>Reeks</source>
            <translation>Series</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Reeks: {s}</source>
            <translation>Series: {s}</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Relatie beëindigen</source>
            <translation>End tie</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Relatie beëindigen (vandaag)</source>
            <translation>End tie (today)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/tie.py" />
            <source>Relatie met {name}</source>
            <translation>Tie with {name}</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/tie.py" />
            <source>Relatie toevoegen</source>
            <translation>Add tie</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Relatie toevoegen…</source>
            <translation>Add tie…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/tie.py" />
            <source>Relatie van &lt;b&gt;{name}&lt;/b&gt; met:</source>
            <translation>Tie of &lt;b&gt;{name}&lt;/b&gt; with:</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <location filename="../ui/people/detail.py" />
            <source>Relaties</source>
            <translation>Ties</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Relaties en bereik</source>
            <translation>Ties and reach</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <location filename="../ui/advocacy/timeline_tab.py" />
            <source>Resultaat</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>resultaat</source>
            <translation>result</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/timeline_tab.py" />
            <source>Resultaat (mag later)</source>
            <translation>Result (can be added later)</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/timeline_tab.py" />
            <source>Resultaat van de actie</source>
            <translation>Result of the action</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_check.py" />
            <source>Rij</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>Rijen</source>
            <translation>Rows</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>Rijen controleren</source>
            <translation>Checking rows</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Rol van {name}: {role}</source>
            <translation>Role of {name}: {role}</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Rol wijzigen</source>
            <translation>Change role</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <source>S&amp;oort</source>
            <translation>K&amp;ind</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/tie.py" />
            <source>S&amp;terkte (1–5)</source>
            <translation>S&amp;trength (1–5)</translation>
        </message>
        <message>
            <location filename="../ui/people/merge.py" />
            <source>Samenvoegen</source>
            <translation>Merge</translation>
        </message>
        <message>
            <location filename="../ui/people/merge.py" />
            <source>Samenvoegen met: &lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>Merge with: &lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Samenvoegen met…</source>
            <translation>Merge with…</translation>
        </message>
        <message>
            <location filename="../ui/people/merge.py" />
            <source>Samenvoegen…</source>
            <translation>Merge…</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Schuif om het netwerk te zien zoals het op die dag was</source>
            <translation>Slide to see the network as it was on that day</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>Schuingedrukt: gepland. Aanwezig: aanwezigen van het aantal uitgenodigden. Open: open actiepunten uit de bijeenkomst.</source>
            <translation>Italic: planned. Present: those present out of the number invited. Open: open action points from the meeting.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>Selecteer eerst een of meer regels.</source>
            <translation>First select one or more lines.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <location filename="../ui/pages/contact_filters.py" />
            <location filename="../ui/pages/contacts.py" />
            <source>Setting</source>
            <translation>Setting</translation>
        </message>
        <message>
            <location filename="../ui/pages/dossiers.py" />
            <source>Si&amp;gnalen</source>
            <translation>Si&amp;gnals</translation>
        </message>
        <message>
            <location filename="../ui/pages/dossiers.py" />
            <source>Si&amp;gnalen ({n})</source>
            <translation>Si&amp;gnals ({n})</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>Signaal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>Signaal &amp;vastleggen… (Ctrl+Shift+S)</source>
            <translation>Record &amp;signal… (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>Signaal vastgelegd. Ongedaan maken: Ctrl+Z</source>
            <translation>Signal recorded. Undo: Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source>Signaal vastleggen</source>
            <translation>Record signal</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>Signaal verwijderen</source>
            <translation>Delete signal</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source>Signaal wijzigen</source>
            <translation>Edit signal</translation>
        </message>
        <message>
            <location filename="../db/services/reports.py" />
            <location filename="../db/services/search.py" />
            <location filename="../ui/advocacy/links_tab.py" />
            <location filename="../ui/advocacy/signals_view.py" />
            <location filename="../ui/pages/reports.py" />
            <source>Signalen</source>
            <translation>Signals</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>Signalen combineren</source>
            <translation>Combine signals</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/tie.py" />
            <source>sinds</source>
            <translation>since</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Sinds</source>
            <translation>Since</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/board.py" />
            <source>sinds {date}</source>
            <translation>since {date}</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Sjabloon van de reeks vervangen</source>
            <translation>Replace the series template</translation>
        </message>
        <message>
            <location filename="../ui/pages/dossiers.py" />
            <source>Sleep een kaart naar een andere fase, of kies de kaart en druk Ctrl+Shift+→ / ←; Enter opent het dossier.</source>
            <translation>Drag a card to another phase, or choose the card and press Ctrl+Shift+→ / ←; Enter opens the dossier.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <location filename="../ui/dialogs/encryption.py" />
            <location filename="../ui/dialogs/import_wizard.py" />
            <location filename="../ui/privacy/audit_view.py" />
            <location filename="../ui/privacy/consent_dialog.py" />
            <location filename="../ui/privacy/retention_review.py" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/shortcuts.py" />
            <source>Sneltoetsen</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <location filename="../ui/advocacy/people_tab.py" />
            <location filename="../ui/dialogs/backups.py" />
            <location filename="../ui/meetings/attendance_tab.py" />
            <location filename="../ui/network/panel.py" />
            <location filename="../ui/pages/people.py" />
            <location filename="../ui/people/detail.py" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/timeline_tab.py" />
            <source>Soort actie</source>
            <translation>Kind of action</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <location filename="../ui/people/detail.py" />
            <source>Soort plek</source>
            <translation>Kind of place</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>St&amp;rategie</source>
            <translation>St&amp;rategy</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>Stap 1 van 3 — Bestand kiezen</source>
            <translation>Step 1 of 3 — Choose file</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>Stap 2 van 3 — Kolommen kiezen</source>
            <translation>Step 2 of 3 — Choose columns</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>Stap 3 van 3 — Controleren en importeren</source>
            <translation>Step 3 of 3 — Check and import</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Stap vastleggen</source>
            <translation>Record step</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Stappen op de participatieladder in de periode</source>
            <translation>Steps on the participation ladder in the period</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Sterkte</source>
            <translation>Strength</translation>
        </message>
        <message>
            <location filename="../ui/people/out_of_sight.py" />
            <source>Sterkte relaties</source>
            <translation>Tie strength</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Sterkte vanaf:</source>
            <translation>Strength from:</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/unlock.py" />
            <location filename="../ui/server_password.py" />
            <source>Stoppen</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../db/services/import_values.py" />
            <location filename="../ui/dialogs/import_mapping.py" />
            <location filename="../ui/people/detail.py" />
            <source>Straat</source>
            <translation>Street</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source>straat, flat, plein…</source>
            <translation>street, block of flats, square…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <location filename="../ui/network/panel.py" />
            <location filename="../ui/pages/contact_filters.py" />
            <location filename="../ui/pages/contacts.py" />
            <location filename="../ui/people/detail.py" />
            <source>Strategie</source>
            <translation>Strategy</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <location filename="../ui/pages/contact_filters.py" />
            <source>t/m</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Talen</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Talenten</source>
            <translation>Talents</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>Teamoverzicht bewaren als</source>
            <translation>Save team overview as</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>Teamoverzicht maken</source>
            <translation>Make team overview</translation>
        </message>
        <message>
            <location filename="../ui/server_password.py" />
            <location filename="../ui/server_settings.py" />
            <source>Teamserver</source>
            <translation>Team server</translation>
        </message>
        <message>
            <location filename="../ui/server_password.py" />
            <source>Teamserver: {where}</source>
            <translation>Team server: {where}</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <source>Tele&amp;foon</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../db/services/import_values.py" />
            <location filename="../ui/dialogs/import_mapping.py" />
            <location filename="../ui/people/detail.py" />
            <source>Telefoonnummer</source>
            <translation>Phone number</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Tellen is niet gelukt: {error}</source>
            <translation>Counting failed: {error}</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>Telt vanaf</source>
            <translation>Counted from</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Terug naar het bord (Esc)</source>
            <translation>Back to the board (Esc)</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Terughalen</source>
            <translation>Bring back</translation>
        </message>
        <message>
            <location filename="../ui/people/commands.py" />
            <source>Terughalen uit archief: {name}</source>
            <translation>Bring back from archive: {name}</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <location filename="../ui/advocacy/signals_view.py" />
            <location filename="../ui/pages/contact_filters.py" />
            <location filename="../ui/pages/network.py" />
            <location filename="../ui/stories/panel.py" />
            <source>Thema</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>thema</source>
            <translation>theme</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <location filename="../ui/pages/contacts.py" />
            <location filename="../ui/people/detail.py" />
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>Thema:</source>
            <translation>Theme:</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_model.py" />
            <source>Tijd</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/timeline_tab.py" />
            <location filename="../ui/people/detail.py" />
            <source>Tijdlijn</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <location filename="../ui/meetings/editor.py" />
            <source>Titel</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>titel</source>
            <translation>title</translation>
        </message>
        <message>
            <location filename="../ui/pages/dossiers.py" />
            <source>Titel van het dossier (wat speelt er?):</source>
            <translation>Title of the dossier (what is going on?):</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/new_actor.py" />
            <source>Toch nieuw toevoegen</source>
            <translation>Add as new anyway</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>Toegevoegd</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>toelichting</source>
            <translation>explanation</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Toelichting voor op de agenda (wordt bewaard als je het veld verlaat)</source>
            <translation>Explanation for the agenda (saved when you leave the field)</translation>
        </message>
        <message>
            <location filename="../db/services/audit.py" />
            <location filename="../ui/people/detail.py" />
            <location filename="../ui/privacy/person_bar.py" />
            <source>Toestemming</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>Toestemming &amp;vastleggen</source>
            <translation>&amp;Record consent</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>Toestemming per doel (AVG). Intrekken is net zo makkelijk als geven; een ingetrokken toestemming blijft zichtbaar met de datum. Elke wijziging komt in het auditlog.</source>
            <translation>Consent per purpose (GDPR). Withdrawing is as easy as giving; withdrawn consent stays visible with its date. Every change goes into the audit log.</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>Toestemming — {name}</source>
            <translation>Consent — {name}</translation>
        </message>
        <message>
            <location filename="../ui/privacy/person_bar.py" />
            <source>Toestemming ✓</source>
            <translation>Consent ✓</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>Toestemmingen</source>
            <translation>Consents</translation>
        </message>
        <message>
            <location filename="../ui/privacy/person_bar.py" />
            <source>Toestemming…</source>
            <translation>Consent…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/shortcuts.py" />
            <source>Toetsen</source>
            <translation>Keys</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <location filename="../ui/dialogs/tie.py" />
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Tot</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>Tot en met</source>
            <translation>Up to and including</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Totaal</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../db/services/import_values.py" />
            <location filename="../ui/dialogs/import_mapping.py" />
            <location filename="../ui/people/detail.py" />
            <source>Tussenvoegsel</source>
            <translation>Name prefix</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>Typ een naam om een persoon of groep te koppelen</source>
            <translation>Type a name to link a person or group</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Typ een naam om iemand toe te voegen…</source>
            <translation>Type a name to add someone…</translation>
        </message>
        <message>
            <location filename="../ui/meetings/picker.py" />
            <location filename="../ui/widgets/actor_picker.py" />
            <source>Typ een naam…</source>
            <translation>Type a name…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>Typ eerst je huidige wachtwoord (of de herstelsleutel).</source>
            <translation>First type your current password (or the recovery key).</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/search.py" />
            <source>Typ het begin van een woord: &lt;i&gt;voed&lt;/i&gt; vindt &lt;i&gt;voedselbank&lt;/i&gt;, en &lt;i&gt;zoe&lt;/i&gt; vindt ook &lt;i&gt;Zoë&lt;/i&gt;. Met meer woorden vind je wat ze allemaal bevat.</source>
            <translation>Type the beginning of a word: &lt;i&gt;voed&lt;/i&gt; finds &lt;i&gt;voedselbank&lt;/i&gt;, and &lt;i&gt;zoe&lt;/i&gt; also finds &lt;i&gt;Zoë&lt;/i&gt;. With more words you find what contains all of them.</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Typ hier de notulen van dit punt; ze worden vanzelf bewaard.</source>
            <translation>Type the minutes of this item here; they are saved automatically.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/unlock.py" />
            <source>Typ je wachtwoord (of de herstelsleutel).</source>
            <translation>Type your password (or the recovery key).</translation>
        </message>
        <message>
            <location filename="../ui/server_password.py" />
            <source>Typ je wachtwoord voor de server.</source>
            <translation>Type your password for the server.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/search.py" />
            <source>Typ minstens twee letters.</source>
            <translation>Type at least two letters.</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <source>Uit</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <location filename="../ui/people/out_of_sight.py" />
            <source>Uit beeld</source>
            <translation>Out of sight</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>Uit beeld (langst en sterkst verbonden eerst)</source>
            <translation>Out of sight (longest and most strongly connected first)</translation>
        </message>
        <message>
            <location filename="../ui/people/out_of_sight.py" />
            <source>Uit beeld na … weken zonder contact</source>
            <translation>Out of sight after … weeks without contact</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>uiterlijk</source>
            <translation>by</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>Uitnodigen</source>
            <translation>Invite</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <location filename="../ui/meetings/new_meeting.py" />
            <source>uu:mm</source>
            <translation>hh:mm</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <location filename="../ui/pages/contact_filters.py" />
            <source>Van</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>van</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>Van de aanwezigheidslijst halen</source>
            <translation>Remove from the attendance list</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>Van de lijst halen</source>
            <translation>Remove from the list</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Van wie in een maand vrijwilliger werd (een stap naar ‘vrijwilliger’ op de participatieladder): welk deel is 3, 6 en 12 maanden later nog actief? Actief betekent: in die maand minstens één contactmoment, of aanwezig bij een bijeenkomst. Tussen haakjes hoeveel mensen in die maand begonnen; een maand die nog niet voorbij is, is ‘nog niet bekend’.</source>
            <translation>Of those who became a volunteer in a month (a step to ‘volunteer’ on the participation ladder): what share is still active 3, 6 and 12 months later? Active means: at least one contact moment in that month, or present at a meeting. In brackets, how many people started in that month; a month that is not over yet is ‘not known yet’.</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>vandaag</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../ui/privacy/consent_dialog.py" />
            <source>Vastgelegd door</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <source>Vastgezet op de kaart</source>
            <translation>Pinned on the map</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_mapping.py" />
            <source>Veld voor kolom {name}</source>
            <translation>Field for column {name}</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>Verantwoording exporteren</source>
            <translation>Export accountability report</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>Verantwoording naar Excel</source>
            <translation>Accountability report to Excel</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>Verantwoordingen van de werkers</source>
            <translation>The workers' accountability reports</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Verantwoordingen van meerdere werkers samenvoegen</source>
            <translation>Merge the accountability reports of several workers</translation>
        </message>
        <message>
            <location filename="../ui/server_settings.py" />
            <source>Verbinding &amp;testen</source>
            <translation>&amp;Test connection</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/recovery_key.py" />
            <source>Verder</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../db/services/audit.py" />
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>Vergeetrecht</source>
            <translation>Right to be forgotten</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>Vergeetrecht — {name}</source>
            <translation>Right to be forgotten — {name}</translation>
        </message>
        <message>
            <location filename="../ui/privacy/person_bar.py" />
            <source>Vergeetrecht…</source>
            <translation>Right to be forgotten…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>Vergrendel na</source>
            <translation>Lock after</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>Vergrendelen</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <location filename="../ui/stories/panel.py" />
            <source>Verhaal</source>
            <translation>Story</translation>
        </message>
        <message>
            <location filename="../ui/stories/panel.py" />
            <source>Verhaal kiezen voor rapport</source>
            <translation>Choose story for report</translation>
        </message>
        <message>
            <location filename="../ui/stories/panel.py" />
            <source>Verhaal uit rapport halen</source>
            <translation>Remove story from report</translation>
        </message>
        <message>
            <location filename="../db/services/search.py" />
            <location filename="../ui/pages/reports.py" />
            <location filename="../ui/stories/panel.py" />
            <source>Verhalen</source>
            <translation>Stories</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>verschil</source>
            <translation>difference</translation>
        </message>
        <message>
            <location filename="../db/services/audit.py" />
            <source>Versleuteling</source>
            <translation>Encryption</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>Versleuteling aanzetten</source>
            <translation>Turn on encryption</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>Versleuteling en vergrendelen</source>
            <translation>Encryption and locking</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>Versleuteling uitzetten</source>
            <translation>Turn off encryption</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>Versleuteling uitzetten…</source>
            <translation>Turn off encryption…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>Vervolg</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>Vervolg uiterlijk</source>
            <translation>Follow-up by</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>Vervolgactie (wordt een actiepunt)</source>
            <translation>Follow-up action (becomes an action point)</translation>
        </message>
        <message>
            <location filename="../db/services/audit.py" />
            <source>Verwijderd</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>Verwijderde gegevens ook uit de zoekindex en het databasebestand halen</source>
            <translation>Also remove deleted data from the search index and the database file</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <location filename="../ui/advocacy/people_tab.py" />
            <location filename="../ui/advocacy/signals_view.py" />
            <location filename="../ui/dialogs/contact_entry.py" />
            <location filename="../ui/meetings/action_views.py" />
            <location filename="../ui/meetings/agenda_tab.py" />
            <location filename="../ui/meetings/editor.py" />
            <location filename="../ui/people/deletion.py" />
            <location filename="../ui/privacy/purge_task.py" />
            <location filename="../ui/privacy/retention_review.py" />
            <source>Verwijderen</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Verwijderen…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/tie.py" />
            <source>Via wie? (optioneel)</source>
            <translation>Through whom? (optional)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/tie.py" />
            <source>Via {name}</source>
            <translation>Via {name}</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Voeg doelen toe om het krachtenveld te zien: wie is voor, wie tegen, en hoeveel invloed hebben ze?</source>
            <translation>Add targets to see the field of forces: who is for, who is against, and how much influence do they have?</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Volgende in deze &amp;reeks…</source>
            <translation>Next in this &amp;series…</translation>
        </message>
        <message>
            <location filename="../ui/stories/panel.py" />
            <source>Voor rapport</source>
            <translation>For report</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_mapping.py" />
            <source>Voorbeeld en kolomkeuze</source>
            <translation>Preview and choice of columns</translation>
        </message>
        <message>
            <location filename="../db/services/import_values.py" />
            <location filename="../ui/dialogs/import_mapping.py" />
            <location filename="../ui/people/detail.py" />
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <location filename="../ui/meetings/editor.py" />
            <source>Voorzitter</source>
            <translation>Chair</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <location filename="../ui/pages/reports.py" />
            <source>Vorig jaar</source>
            <translation>Last year</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Vorig kwartaal</source>
            <translation>Previous quarter</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>Vrije tekst (notities, omschrijvingen) meenemen</source>
            <translation>Include free text (notes, descriptions)</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Vrijwilligers nog actief na 3, 6 en 12 maanden</source>
            <translation>Volunteers still active after 3, 6 and 12 months</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <source>Vóór</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../db/backups.py" />
            <source>Vóór bijwerken</source>
            <translation>Before update</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>vóór dd-mm-jjjj</source>
            <translation>due dd-mm-yyyy</translation>
        </message>
        <message>
            <location filename="../db/backups.py" />
            <source>Vóór terugzetten</source>
            <translation>Before restore</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <source>W&amp;erker</source>
            <translation>W&amp;orker</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source>Waa&amp;r</source>
            <translation>Whe&amp;re</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/shortcuts.py" />
            <source>Waar</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_check.py" />
            <source>Waarom</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../ui/lock.py" />
            <location filename="../ui/server_password.py" />
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/unlock.py" />
            <source>Wachtwoord of herstelsleutel</source>
            <translation>Password or recovery key</translation>
        </message>
        <message>
            <location filename="../ui/server_password.py" />
            <source>Wachtwoord voor de teamserver</source>
            <translation>Password for the team server</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>Wachtwoord wijzigen</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>Wachtwoord wijzigen of versleuteling uitzetten</source>
            <translation>Change password or turn off encryption</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <location filename="../ui/privacy/audit_view.py" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/timeline_tab.py" />
            <location filename="../ui/dialogs/import_check.py" />
            <location filename="../ui/dialogs/shortcuts.py" />
            <location filename="../ui/privacy/audit_view.py" />
            <location filename="../ui/privacy/retention_review.py" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Wat bewoners willen</source>
            <translation>What residents want</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>wat bewoners willen</source>
            <translation>what residents want</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/timeline_tab.py" />
            <source>Wat er gebeurde, bijvoorbeeld: brief aan de wethouder</source>
            <translation>What happened, for example: letter to the alderman</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Wat is er bereikt?</source>
            <translation>What has been achieved?</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>Wat is er besproken? Wat viel op?</source>
            <translation>What was discussed? What stood out?</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>Wat je na {when} hebt vastgelegd, staat niet in deze back-up.</source>
            <translation>What you recorded after {when} is not in this backup.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signal_dialog.py" />
            <source>Wat klopt er niet in de buurt? Leg het vast, ook als het klein lijkt: meerdere signalen samen kunnen een dossier worden.</source>
            <translation>What doesn't add up in the neighbourhood? Record it, even if it seems small: several signals together can become a dossier.</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <source>Wat moet er gebeuren?</source>
            <translation>What needs to be done?</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Wat moet er veranderen?</source>
            <translation>What needs to change?</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>Wat nemen bewoners en jij mee naar een volgend dossier?</source>
            <translation>What do residents and you take with you to the next dossier?</translation>
        </message>
        <message>
            <location filename="../ui/stories/panel.py" />
            <source>Wat veranderde</source>
            <translation>What changed</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../ui/people/out_of_sight.py" />
            <source>Weken</source>
            <translation>Weeks</translation>
        </message>
        <message>
            <location filename="../ui/people/merge.py" />
            <source>Welke persoon is dezelfde als &lt;b&gt;{name}&lt;/b&gt;? Alle contactmomenten, relaties, bijeenkomsten en notities van die persoon gaan over naar {name}; lege gegevens worden aangevuld.</source>
            <translation>Which person is the same as &lt;b&gt;{name}&lt;/b&gt;? All contact moments, ties, meetings and notes of that person move to {name}; empty details are filled in.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/welcome.py" />
            <location filename="../ui/pages/overview.py" />
            <source>Welkom bij Buurtboek</source>
            <translation>Welcome to Buurtboek</translation>
        </message>
        <message>
            <location filename="../ui/server_password.py" />
            <source>Werk je deze keer liever zonder server? Stop dan, en kies in Bestand → Teamserver… voor het lokale bestand.</source>
            <translation>Would you rather work without the server this time? Then stop, and choose the local file in File → Team server….</translation>
        </message>
        <message>
            <location filename="../ui/pages/contact_filters.py" />
            <location filename="../ui/pages/contacts.py" />
            <source>Werker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <location filename="../ui/meetings/action_views.py" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>Wie? (leeg: ikzelf)</source>
            <translation>Who? (empty: myself)</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>Wijk</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>Wijken</source>
            <translation>Districts</translation>
        </message>
        <message>
            <location filename="../ui/charts/chart.py" />
            <source>Wijs een staaf aan om de cijfers te zien.</source>
            <translation>Point at a bar to see the figures.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>Wijzigen</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../ui/server_password.py" />
            <source>Wil je deze keer met het lokale bestand op deze computer werken? De instelling blijft op de teamserver staan.</source>
            <translation>Do you want to work with the local file on this computer this time? The setting stays on the team server.</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>Wis filters</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location filename="../ui/charts/figures.py" />
            <source>wk {week}</source>
            <translation>wk {week}</translation>
        </message>
        <message>
            <location filename="../db/services/import_values.py" />
            <location filename="../ui/dialogs/import_mapping.py" />
            <source>Woonplaats</source>
            <translation>Town</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_mapping.py" />
            <source>wordt</source>
            <translation>becomes</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>wordt bewaard…</source>
            <translation>saving…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_mapping.py" />
            <source>Wordt overgenomen: {fields}.</source>
            <translation>Will be taken over: {fields}.</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>Zet een van deze filters ruimer om weer contactmomenten te zien: {parts}.</source>
            <translation>Widen one of these filters to see contact moments again: {parts}.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/search.py" />
            <source>Zoek op naam, straat of woord…</source>
            <translation>Search by name, street or word…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/search.py" />
            <source>Zoeken</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/search.py" />
            <source>Zoeken in Buurtboek</source>
            <translation>Search Buurtboek</translation>
        </message>
        <message>
            <location filename="../db/services/purge.py" />
            <source>Zoekindex opschonen</source>
            <translation>Cleaning up the search index</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/search.py" />
            <source>Zoekresultaten</source>
            <translation>Search results</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>zonder namen van bewoners</source>
            <translation>without residents' names</translation>
        </message>
        <message>
            <location filename="../ui/people/out_of_sight.py" />
            <source>Zonder niveau</source>
            <translation>No level</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/encryption.py" />
            <source>zonder toetsaanslag of muisbeweging. Nu vergrendelen: Ctrl+L.</source>
            <translation>without a keystroke or mouse movement. Lock now: Ctrl+L.</translation>
        </message>
        <message>
            <location filename="../ui/people/merge.py" />
            <source>{drop} wordt samengevoegd met {keep}. Dit kan niet ongedaan worden gemaakt (het wordt wel vastgelegd in het logboek). Doorgaan?</source>
            <translation>{drop} will be merged into {keep}. This cannot be undone (it is recorded in the log). Continue?</translation>
        </message>
        <message>
            <location filename="../ui/server_password.py" />
            <source>{host}/{database} als {user}</source>
            <translation>{host}/{database} as {user}</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>{late} te laat</source>
            <translation>{late} overdue</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/contact_entry.py" />
            <source>{name} (nieuw)</source>
            <translation>{name} (new)</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>{name} betrokken als {role}</source>
            <translation>{name} involved as {role}</translation>
        </message>
        <message>
            <location filename="../ui/people/deletion.py" />
            <source>{name} is eigenaar van {n} actiepunt(en). Die worden aan jou toegewezen, zodat er niets verloren gaat.</source>
            <translation>{name} owns {n} action point(s). They will be assigned to you, so that nothing is lost.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/people_tab.py" />
            <source>{name} niet meer betrokken</source>
            <translation>{name} no longer involved</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>{name}: {n} weken geen contact</source>
            <translation>{name}: no contact for {n} weeks</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>{n} actiepunt(en) van deze persoon: die gaan naar jou</source>
            <translation>{n} action point(s) of this person: these go to you</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>{n} actoren; relaties op {day}: {ties} ({parts}).</source>
            <translation>{n} actors; ties on {day}: {ties} ({parts}).</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>{n} agendapunten, van {start} tot {end} ({h}:{m:02d} uur)</source>
            <translation>{n} agenda items, from {start} to {end} ({h}:{m:02d} hours)</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>{n} als {status} markeren</source>
            <translation>Mark {n} as {status}</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/board.py" />
            <source>{n} betrokkenen</source>
            <translation>{n} people involved</translation>
        </message>
        <message>
            <location filename="../ui/people/out_of_sight.py" />
            <source>{n} bewoners en groepen zijn langer dan hun drempel niet gezien; bovenaan wie de sterkste banden heeft en het langst uit beeld is. {g} groepen hebben geen koppeling met een instelling.</source>
            <translation>{n} residents and groups have not been seen for longer than their threshold; at the top those with the strongest ties who have been out of sight longest. {g} groups have no link to an institution.</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>{n} bewoners gesproken</source>
            <translation>{n} residents spoken to</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>{n} bijeenkomst(en): de aanwezigheid gaat weg</source>
            <translation>{n} meeting(s): the attendance is removed</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>{n} bijeenkomsten in {s} reeksen, {u} gepland</source>
            <translation>{n} meetings in {s} series, {u} planned</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>{n} contactmoment(en) alleen met deze persoon, met de actiepunten daaruit</source>
            <translation>{n} contact moment(s) with this person only, with the action points from them</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>{n} contactmoment(en) met anderen</source>
            <translation>{n} contact moment(s) with others</translation>
        </message>
        <message>
            <location filename="../ui/pages/contacts.py" />
            <source>{n} contactmomenten</source>
            <translation>{n} contact moments</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>{n} deze week</source>
            <translation>{n} this week</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>{n} dossier(s): de betrokkenheid gaat weg</source>
            <translation>{n} dossier(s): the involvement is removed</translation>
        </message>
        <message>
            <location filename="../ui/pages/dossiers.py" />
            <source>{n} dossiers, waarvan {o} lopend, van signaleren tot evaluatie.</source>
            <translation>{n} dossiers, {o} of them running, from spotting signals to evaluation.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>{n} geldige rijen &amp;importeren</source>
            <translation>&amp;Import {n} valid rows</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>{n} geselecteerd blijft bewaard tot de datum; daarna staat het weer op deze lijst.</source>
            <translation>The {n} selected are kept until the date; after that they are on this list again.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>{n} geweigerde rijen zijn niet overgenomen.</source>
            <translation>{n} refused rows were not taken over.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>{n} huishoudens</source>
            <translation>{n} households</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>{n} lidmaatschap(pen)</source>
            <translation>{n} membership(s)</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <source>{n} open actiepunten, waarvan {late} te laat</source>
            <translation>{n} open action points, {late} of them overdue</translation>
        </message>
        <message>
            <location filename="../ui/privacy/audit_view.py" />
            <source>{n} regel(s), nieuwste eerst</source>
            <translation>{n} line(s), newest first</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>{n} relatie(s)</source>
            <translation>{n} tie(s)</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <source>{n} relaties</source>
            <translation>{n} ties</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_check.py" />
            <source>{n} rijen staan al in Buurtboek of eerder in het bestand en worden overgeslagen.</source>
            <translation>{n} rows are already in Buurtboek or earlier in the file and will be skipped.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_wizard.py" />
            <source>{n} rijen stonden er al en zijn overgeslagen.</source>
            <translation>{n} rows were already there and were skipped.</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_check.py" />
            <source>{n} rijen zijn geweigerd</source>
            <translation>{n} rows were refused</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>{n} signaal/signalen: de melder wordt onbekend</source>
            <translation>{n} signal(s): the reporter becomes unknown</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/board.py" />
            <source>{n} signalen</source>
            <translation>{n} signals</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>{n} signalen combineren</source>
            <translation>Combine {n} signals</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>{n} signalen worden één gebundeld signaal met {h} huishoudens.
Omschrijving:</source>
            <translation>{n} signals become one bundled signal with {h} households.
Description:</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>{n} signalen, samen {h} huishoudens</source>
            <translation>{n} signals, {h} households together</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>{n} te laat</source>
            <translation>{n} overdue</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>{n} toestemming(en)</source>
            <translation>{n} consent(s)</translation>
        </message>
        <message>
            <location filename="../ui/pages/meetings.py" />
            <source>{n} uitgen.</source>
            <translation>{n} invited</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>{n} verhaal/verhalen alleen over deze persoon</source>
            <translation>{n} story/stories only about this person</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>{n} verhaal/verhalen met anderen</source>
            <translation>{n} story/stories with others</translation>
        </message>
        <message>
            <location filename="../ui/stories/panel.py" />
            <source>{n} verhalen in deze periode, {k} gekozen voor het volgende rapport. Vink aan wat mee moet; dubbelklik om een contactmoment te openen.</source>
            <translation>{n} stories in this period, {k} chosen for the next report. Tick what should go in; double-click to open a contact moment.</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>{n} wk</source>
            <translation>{n} wk</translation>
        </message>
        <message>
            <location filename="../ui/privacy/retention_review.py" />
            <source>{n} {noun} definitief verwijderen? Dit kan niet ongedaan worden gemaakt. Ook de zoekindex en het databasebestand worden opgeschoond. {backups}</source>
            <translation>Permanently delete {n} {noun}? This cannot be undone. The search index and the database file are cleaned up as well. {backups}</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>{n}. {title}</source>
            <translation>{n}. {title}</translation>
        </message>
        <message>
            <location filename="../ui/meetings/minutes_tab.py" />
            <source>{n}. {title} — {start}, {m} min</source>
            <translation>{n}. {title} — {start}, {m} min</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_views.py" />
            <source>{own} actiepunten uit deze bijeenkomst, {carried} nog open van eerdere keren (die staan ook op de actielijst van de agenda, tot ze gedaan zijn).</source>
            <translation>{own} action points from this meeting, {carried} still open from earlier meetings (these are also on the agenda's action list until they are done).</translation>
        </message>
        <message>
            <location filename="../ui/network/panel.py" />
            <source>{parts} losse delen (grootste {big}), {isolated} zonder relatie, {bridges} bruggen.{est}</source>
            <translation>{parts} separate parts (largest {big}), {isolated} without ties, {bridges} bridges.{est}</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" />
            <source>{persons} bewoners · {groups} groepen · {places} plekken</source>
            <translation>{persons} residents · {groups} groups · {places} places</translation>
        </message>
        <message>
            <location filename="../ui/meetings/attendance_tab.py" />
            <source>{p} aanwezig · {a} afwezig · {e} afgemeld · {u} nog niet aangegeven (van {n} op de lijst)</source>
            <translation>{p} present · {a} absent · {e} apologies · {u} not indicated yet (of {n} on the list)</translation>
        </message>
        <message>
            <location filename="../ui/pages/people.py" />
            <source>{p} bewoners, {g} groepen en instellingen, {pl} plekken</source>
            <translation>{p} residents, {g} groups and institutions, {pl} places</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" />
            <source>{q} (lopend)</source>
            <translation>{q} (current)</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/signals_view.py" />
            <source>{text} (gebundeld uit {n})</source>
            <translation>{text} (bundled from {n})</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/board.py" />
            <source>{title}
Enter: openen · Ctrl+Shift+→/←: volgende/vorige fase · rechtermuisknop: naar fase…</source>
            <translation>{title}
Enter: open · Ctrl+Shift+→/←: next/previous phase · right mouse button: move to phase…</translation>
        </message>
        <message>
            <location filename="../ui/meetings/agenda_model.py" />
            <source>{title}  ({n} open)</source>
            <translation>{title}  ({n} open)</translation>
        </message>
        <message>
            <location filename="../ui/stories/panel.py" />
            <source>{title} (contactmoment)</source>
            <translation>{title} (contact moment)</translation>
        </message>
        <message>
            <location filename="../ui/pages/overview.py" />
            <source>{weeks} wk {phase}: {title}</source>
            <translation>{weeks} wk {phase}: {title}</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>{what} exporteren naar Excel</source>
            <translation>Export {what} to Excel</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/excel_export.py" />
            <source>{what} naar Excel</source>
            <translation>{what} to Excel</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/links_tab.py" />
            <source>{what} om te koppelen</source>
            <translation>{what} to link</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/backups.py" />
            <source>{what} terugzetten?</source>
            <translation>Restore {what}?</translation>
        </message>
        <message>
            <location filename="../ui/people/detail.py" />
            <source>{what} van {name}</source>
            <translation>{what} of {name}</translation>
        </message>
        <message>
            <location filename="../ui/meetings/action_edits.py" />
            <location filename="../ui/meetings/agenda_tab.py" />
            <source>— geen —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <source>— losse bijeenkomst, geen reeks —</source>
            <translation>— single meeting, no series —</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/import_mapping.py" />
            <source>— niet importeren —</source>
            <translation>— do not import —</translation>
        </message>
        <message>
            <location filename="../ui/meetings/new_meeting.py" />
            <source>— zoals de reeks —</source>
            <translation>— as in the series —</translation>
        </message>
        <message>
            <location filename="../ui/privacy/sensitive.py" />
            <source>•••• gevoelig — klik om te tonen</source>
            <translation>•••• sensitive — click to show</translation>
        </message>
        <message>
            <location filename="../ui/privacy/erasure_dialog.py" />
            <source>… en meer: zoek daarna met Ctrl+K op de naam.</source>
            <translation>… and more: search for the name with Ctrl+K afterwards.</translation>
        </message>
        <message>
            <location filename="../ui/advocacy/detail.py" />
            <source>← &amp;Bord</source>
            <translation>← &amp;Board</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/search.py" />
            <source>↑ ↓ kiezen  ·  Enter openen  ·  Esc sluiten</source>
            <translation>↑ ↓ choose  ·  Enter open  ·  Esc close</translation>
        </message>
        <message>
            <location filename="../ui/pages/network.py" />
            <source>● bewoner  ■ groep  ◆ instelling  ▲ plek</source>
            <translation>● resident  ■ group  ◆ institution  ▲ place</translation>
        </message>
        <message>
            <source>Nog geen dossiers. Als iets "niet klopt" in de buurt en meer bewoners het merken, begint hier een dossier.</source>
            <translation type="obsolete">No dossiers yet. When something "doesn't add up" in the neighbourhood and more residents notice it, a dossier starts here.</translation>
        </message>
        <message>
            <source>{n} dossiers, van signaleren tot evaluatie.</source>
            <translation type="obsolete">{n} dossiers, from spotting signals to evaluation.</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Aanwezig</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Activiteit</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Afgemeld</source>
            <translation>Sent apologies</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Afgerond</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Afwezig</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Agenderen</source>
            <translation>Putting on the agenda</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Anders</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Bewoner</source>
            <translation>Resident</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Bezig</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Bezoeker</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Beïnvloeden</source>
            <translation>Influencing</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Bijeenkomst</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Brief</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Burgerberaad</source>
            <translation>Citizens' assembly</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Buurthuis</source>
            <translation>Community centre</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Buurtwandeling</source>
            <translation>Neighbourhood walk</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Deelnemer</source>
            <translation>Participant</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Digitaal</source>
            <translation>Digital</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Een beetje</source>
            <translation>A little</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Evaluatie</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Gedaan</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Gesprek met wethouder</source>
            <translation>Talk with the alderman</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Gestopt</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Getroffen</source>
            <translation>Affected</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Goed</source>
            <translation>Good</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Groep</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Handen (vaardigheden)</source>
            <translation>Hands (skills)</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Hart (passie)</source>
            <translation>Heart (passion)</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Hoofd (kennis)</source>
            <translation>Head (knowledge)</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Huisbezoek</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Idee</source>
            <translation>Idea</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Informeel netwerk</source>
            <translation>Informal network</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Inspreken in de raad</source>
            <translation>Speaking at the council</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Instelling</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Koppelen</source>
            <translation>Linking</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Loopt</source>
            <translation>Running</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Media</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Meedenker</source>
            <translation>Sounding board</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Moedertaal</source>
            <translation>Native language</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Mondeling</source>
            <translation>Verbal</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Neutraal</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Niet</source>
            <translation>Not at all</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Overbruggen</source>
            <translation>Bridging</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Overleg</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Petitie</source>
            <translation>Petition</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Plek</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Pop-up terras</source>
            <translation>Pop-up terrace</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Portiekgesprek</source>
            <translation>Stairwell talk</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Resultaat</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Schoolplein</source>
            <translation>School gate</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Schriftelijk</source>
            <translation>In writing</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Signaleren</source>
            <translation>Spotting signals</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Straatgesprek</source>
            <translation>Street talk</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Tegen</source>
            <translation>Against</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Telefonisch</source>
            <translation>By phone</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Trekker</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Uitgenodigd</source>
            <translation>Invited</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Verbinden</source>
            <translation>Bonding</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Verkennen</source>
            <translation>Exploring</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Vervallen</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Voor</source>
            <translation>For</translation>
        </message>
        <message>
            <location filename="../db/vocabulary.py" />
            <source>Vrijwilliger</source>
            <translation>Volunteer</translation>
        </message>
    </context>
</TS>
