"""The words of the demo neighbourhood: groups, places, themes and the templates for notes.

Placeholders: {who} (names of those met), {street}, {topic}, {n} (people met without names),
{activity}, {place}, {group}, {first}, {pron} (ze/hij), {area}.
"""

from __future__ import annotations

THEMES = ("Wonen", "Armoede", "Eenzaamheid", "Veiligheid", "Groen", "Jongeren", "Gezondheid",
          "Taal", "Energie", "Ontmoeting", "Participatie")

# What people talk about, per theme.
TOPICS: dict[str, tuple[str, ...]] = {
    "Wonen": ("de lekkage in de gang", "schimmel in de badkamer", "de huurverhoging",
              "de renovatieplannen van de corporatie", "geluidsoverlast van de bovenburen",
              "het kapotte portiekslot", "de lift die weer stilstaat", "de sloopplannen",
              "tocht door de oude kozijnen", "een reparatieverzoek waar niemand op reageert"),
    "Armoede": ("de energierekening", "schulden en de wachtlijst bij schuldhulp",
                "de voedselbank", "een kapotte wasmachine", "de kosten van het schoolreisje",
                "een brief van het CJIB", "de toeslagen", "geen geld voor een winterjas"),
    "Eenzaamheid": ("de buurvrouw die niemand meer ziet", "de dichte gordijnen op de hoek",
                    "alleen zijn sinds het overlijden van de partner", "de zondagmiddagen",
                    "geen familie in de buurt", "niet meer de deur uit durven"),
    "Veiligheid": ("de donkere steeg achter de winkels", "jongeren op het pleintje 's avonds",
                   "drugsafval in de portiek", "de kapotte straatverlichting",
                   "fietsendiefstal in de onderdoorgang", "hard rijden bij de school"),
    "Groen": ("de geveltuintjes", "de moestuin", "boomspiegels adopteren",
              "zwerfafval op het plein", "de stenen binnentuin", "bloembakken langs de gevel"),
    "Jongeren": ("een plek om 's avonds te zitten", "stageplekken", "het voetbalveldje",
                 "huiswerkbegeleiding", "de jongerenwerker die vertrokken is",
                 "een dansproject in het buurthuis"),
    "Gezondheid": ("de wachtlijst bij de huisarts", "gezond koken met weinig geld",
                   "mantelzorg voor een zieke ouder", "bewegen voor ouderen",
                   "slecht slapen door zorgen", "de thuiszorg die steeds wisselt"),
    "Taal": ("de taalles in de bibliotheek", "brieven van de gemeente die niet te begrijpen zijn",
             "het taalcafé", "oefenen voor het inburgeringsexamen", "voorlezen aan de kinderen",
             "een taalmaatje"),
    "Energie": ("het energieloket", "isolatie van de ramen",
                "zonnepanelen op het dak van de school",
                "de energiecoöperatie", "tochtstrips plakken", "de slimme meter"),
    "Ontmoeting": ("een buurtbarbecue", "het buurtrestaurant", "koffieochtend in de huiskamer",
                   "het straatfeest", "de balkonbingo", "een kookavond met buren"),
    "Participatie": ("meedenken in de regiegroep", "inspreken bij de gebiedscommissie",
                     "vrijwilligerswerk in de weggeefwinkel", "een eigen bewonersinitiatief",
                     "de bewonersavond", "een buurtbudget aanvragen"),
}

GENERAL_TOPICS = ("hoe het met de kinderen gaat", "de buurt in het algemeen", "de nieuwe buren",
                  "de markt op zaterdag", "het weer en de hitte in de flat")

# Follow-ups, per theme and general.
FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    "Wonen": ("Navragen bij de corporatie hoe het met de reparatie staat.",
              "Samen het reparatieverzoek opnieuw indienen.",
              "Uitnodigen voor de bewonersavond over de renovatie."),
    "Armoede": ("Doorverwijzen naar het wijkteam (schuldhulp).",
                "Volgende week samen naar het Vraagwijzer-spreekuur.",
                "Kijken of de weggeefwinkel een wasmachine heeft."),
    "Eenzaamheid": ("Over twee weken weer langsgaan.", "Meenemen naar de koffieochtend.",
                    "Koppelen aan een buurvrouw met dezelfde taal."),
    "Veiligheid": ("Melden bij de wijkagent.", "Agenderen voor het overleg met de gemeente."),
    "Groen": ("Geveltuinpakket aanvragen.", "Voorstellen aan de moestuingroep."),
    "Jongeren": ("Contact leggen met het jongerenwerk.", "Vragen of de sportclub plek heeft."),
    "Gezondheid": ("Folder over mantelzorgondersteuning brengen.",
                   "Navragen bij de GGD over de wandelgroep."),
    "Taal": ("Aanmelden voor het taalcafé.", "Koppelen aan een taalmaatje."),
    "Energie": ("Afspraak maken met het energieloket.", "Tochtstrips langsbrengen."),
    "Ontmoeting": ("Uitnodigen voor het buurtrestaurant.", "Flyer voor het straatfeest brengen."),
    "Participatie": ("Uitnodigen voor de regiegroep.", "Helpen met de aanvraag buurtbudget."),
}
GENERAL_FOLLOW_UPS = ("Terugbellen volgende week.", "Afspraak maken voor een huisbezoek.",
                      "Uitnodigen voor de bewonersavond.",
                      "Telefoonnummer doorgeven aan de trekker.")

# Openers per setting (named participants); {who} is never empty here.
OPENERS: dict[str, tuple[str, ...]] = {
    "stairwell": ("Portiekgesprek met {who} over {topic}.",
                  "In de portiek aan de {street} {who} gesproken over {topic}.",
                  "Bij de brievenbussen {who} getroffen; het ging over {topic}.",
                  "Aangebeld op de {street}: {who}. We spraken over {topic}."),
    "home_visit": ("Huisbezoek bij {who}. Uitgebreid gesproken over {topic}.",
                   "Op de koffie bij {who} op de {street}; onderwerp: {topic}.",
                   "Keukentafelgesprek met {who} over {topic}."),
    "street": ("Op straat {who} gesproken over {topic}.",
               "{who} sprak me aan op de {street}, over {topic}.",
               "Bij de bakker op de hoek {who} getroffen; kort over {topic}."),
    "walk": ("Buurtwandeling door de {street}: {who} gesproken over {topic}.",
             "Tijdens de ronde met de wijkagent {who} gesproken over {topic}."),
    "school_gate": ("Bij het schoolhek {who} gesproken over {topic}.",
                    "Na het brengen van de kinderen met {who} over {topic}."),
    "activity": ("Bij {activity} met {who} gesproken over {topic}.",
                 "{who} hielp mee bij {activity}; we hadden het over {topic}."),
    "community_centre": ("In het buurthuis met {who} over {topic}.",
                         "{who} kwam langs op het inloopspreekuur over {topic}.",
                         "Bij de koffie in {place} met {who} over {topic}."),
    "popup": ("Op het pop-up terras aan de {street} met {who} over {topic}.",
              "{who} schoof aan bij het pop-up terras; gesprek over {topic}."),
    "phone": ("{who} belde over {topic}.", "Telefonisch contact met {who} over {topic}.",
              "Teruggebeld naar {who} over {topic}."),
    "online": ("Via WhatsApp contact met {who} over {topic}.",
               "Videobellen met {who} over {topic}."),
    "meeting": ("Na afloop van de bijeenkomst met {who} nagepraat over {topic}.",
                "Voor het overleg kort met {who} over {topic}."),
    "other": ("{who} tegengekomen in de tram; over {topic}.",
              "Op de markt {who} gesproken over {topic}."),
}

# Openers without names: people met, counted but not registered.
ANONYMOUS_OPENERS: dict[str, tuple[str, ...]] = {
    "walk": ("Buurtwandeling {street} en omgeving: {n} bewoners gesproken, vooral over {topic}.",
             "Ronde door de wijk met de wijkagent; {n} bewoners gesproken. Terugkerend: {topic}."),
    "popup": ("Pop-up terras aan de {street}: {n} bewoners schoven aan; gesprekken over {topic}.",),
    "street": ("{n} bewoners gesproken bij de ingang van de supermarkt over {topic}.",),
    "activity": ("Bij {activity} {n} bewoners ontmoet; veel gesprekken over {topic}.",),
    "community_centre": ("Inloop in {place}: {n} bewoners, vooral vragen over {topic}.",),
}

SECOND_SENTENCES = (
    "Wil meedenken over {interest}.", "Geeft aan dat {observation}.",
    "Kent veel mensen in de portiek; mogelijk sleutelfiguur.", "Heeft zin om {wish}.",
    "Vraagt of {request}.", "Afgesproken om volgende week weer langs te gaan.",
    "Was eerder boos, nu vooral teleurgesteld.", "Veel energie, wil graag iets doen voor de buurt.",
    "Spreekt nog weinig Nederlands; met handen en voeten en een buurvrouw als tolk.",
)
INTERESTS = ("de moestuin", "het buurtrestaurant", "de huiskamer op woensdag", "de bewonersavond",
             "een straatfeest", "de energiecoöperatie", "het taalcafé", "de weggeefwinkel",
             "een schoonmaakactie", "de speeltuin")
OBSERVATIONS = ("er in de flat veel ouderen alleen wonen",
                "de gordijnen bij de buren al weken dicht zijn",
                "de lift al twee weken kapot is", "er 's avonds veel jongeren op het plein hangen",
                "de huur opnieuw omhoog gaat", "de buurvrouw haar boodschappen niet meer zelf doet",
                "meer buren moeite hebben met de energierekening", "de portiek steeds viezer wordt")
REQUESTS = ("er een plek is om Nederlands te oefenen", "het buurthuis op zaterdag open kan",
            "iemand kan helpen met een brief van de Belastingdienst",
            "er subsidie is voor een buurtfeest", "de moestuin nog plekken heeft")
WISHES = ("een kookavond te organiseren", "te helpen in de weggeefwinkel",
          "voor te lezen op school", "mee te doen met de schoonmaakactie",
          "iets voor ouderen te organiseren", "de balkonbingo weer op te pakken")
ACTIVITIES = ("de balkonbingo", "de kookavond", "het buurtrestaurant", "de schoonmaakactie",
              "de moestuinochtend", "het taalcafé", "de kledingruil", "het Repair Café",
              "de zomerspelen op het plein", "de iftar in de straat", "het burendiner")

# (setting, weight): how a year of opbouwwerk is spread over settings.
SETTING_WEIGHTS = (("stairwell", 12), ("home_visit", 9), ("street", 16), ("walk", 7),
                   ("school_gate", 8), ("activity", 14), ("community_centre", 14), ("popup", 4),
                   ("phone", 9), ("online", 3), ("meeting", 3), ("other", 1))
# Which place types a contact in a setting happens at (if any).
SETTING_PLACES = {"activity": ("buurthuis", "plein", "moestuin", "speeltuin"),
                  "community_centre": ("buurthuis",), "popup": ("pop-up terras", "plein"),
                  "school_gate": ("schoolplein",), "walk": ("plein", "speeltuin", "bushokje"),
                  "street": ("bushokje", "plein")}

# Talents (ABCD): head, hands, heart.
TALENTS = {
    "head": ("Boekhouding", "Kent de weg bij de gemeente", "Kennis van huurrecht",
             "Goed in plannen", "Kan subsidieaanvragen schrijven", "Spreekt vijf talen",
             "Kan goed tolken", "Weet veel van computers"),
    "hands": ("Koken voor grote groepen", "Klussen", "Fietsen repareren", "Naaien", "Tuinieren",
              "Haren knippen", "Fotografie", "Timmeren", "Bakken"),
    "heart": ("Muziek maken", "Luisteren", "Voorlezen aan kinderen", "Buurt schoonhouden",
              "Ouderen bezoeken", "Zingen", "Voetbaltraining geven", "Mensen verbinden"),
}

PERSON_NOTES = ("Woont al sinds de jaren tachtig in de wijk; kent iedereen in de portiek.",
                "Net verhuisd naar de buurt, zoekt contact.", "Alleen 's avonds bereikbaar.",
                "Liever via WhatsApp dan bellen.", "Heeft drie kinderen op de basisschool.",
                "Mantelzorger voor een van de ouders.", "Werkt in ploegendienst in de haven.")
SENSITIVE_NOTES = ("Zit in de schuldhulpverlening; niet over geld beginnen in bijzijn van anderen.",
                   "Psychische klachten, contact loopt ook via het wijkteam.",
                   "Conflict met de bovenburen, politie is ingeschakeld.",
                   "Huiselijke situatie onrustig; voorzichtig met huisbezoek.")

MEMBERSHIP_ROLES = {"visitor": ("lid", "deelnemer"), "participant": ("deelnemer", "lid"),
                    "volunteer": ("vrijwilliger", "kok", "gastvrouw", "penningmeester"),
                    "organiser": ("trekker", "voorzitter", "coördinator", "bestuurslid")}

TIE_NOTES = {"bonding": ("Kennen elkaar van het schoolplein.", "Buren op dezelfde galerij.",
                         "Samen in de moestuin.", "Elkaar leren kennen bij de kookavond.",
                         "Helpen elkaar met de boodschappen."),
             "bridging": ("Komt sinds de zomer elke week.", "Via de buurvrouw binnengekomen.",
                          "Helpt mee als vrijwilliger.", "Kwam via het pop-up terras."),
             "linking": ("Vast aanspreekpunt.", "Maandelijks overleg.",
                         "Contact via de gebiedscommissie.", "Samen subsidie aangevraagd.")}

# Groups. Placeholders per neighbourhood: {area}, {district}, {street} (a random street),
# {buurthuis}, {school}, {mosque}, {church}.
INSTITUTIONS_CITY = ("Gemeente Rotterdam", "Woonstad Rotterdam", "Havensteder",
                     "GGD Rotterdam-Rijnmond", "Vraagwijzer Rotterdam",
                     "Gemeente Rotterdam – Stadsbeheer")
INSTITUTIONS_AREA = ("Wijkteam {area}", "Politie – wijkagent {area}", "Gebiedscommissie {district}")
FORMAL_GROUPS = ("Stichting Buurthuis {buurthuis}", "Bibliotheek {area}",
                 "Energiecoöperatie {area} Zon", "Sportclub {area}",
                 "Ondernemersvereniging {street}",
                 "Basisschool {school}", "{mosque}", "{church}", "Voedselbank uitgiftepunt {area}")
INFORMAL_GROUPS = ("Huiskamerproject {street}", "Buurtrestaurant {area}", "Weggeefwinkel {area}",
                   "Moestuingroep {street}", "Buurtvaders {area}", "Taalcafé {area}",
                   "Vrouwengroep {area}", "Repair Café {area}", "Balkonbingo {street}")
EXTRA_INFORMAL = ("Bewonerscommissie {street}", "Straatgroep {street}", "Appgroep {street}",
                  "Huiskamer {street}", "Kookclub {street}", "Schoonmaakploeg {street}",
                  "Wandelgroep {street}", "Seniorenkoffie {street}", "Naaiatelier {street}",
                  "Speeltuinvereniging {street}", "Zangkoor {street}", "Buurtmoeders {street}")
GROUP_NOTES = ("Komt wekelijks samen.", "Draait volledig op vrijwilligers.",
               "Zoekt nieuwe vrijwilligers.", "Heeft een klein potje van het buurtbudget.")
BUURTHUIZEN = ("De Gaffel", "De Tarwe", "De Bloemhof", "De Sluis")
SCHOOLS = ("De Regenboog", "Het Palet", "De Globe", "De Klimop")
MOSQUES = ("Moskee Al-Nour", "Moskee Mevlana", "Moskee Al-Hidaya", "Moskee Ulu Camii Zuid")
CHURCHES = ("Protestantse Gemeente De Ark", "Parochie Sint-Maria", "Evangeliegemeente Shalom",
            "Kerk aan de Sluis")

# Places: (name template, type).
PLACES = (("Buurthuis {buurthuis}", "buurthuis"), ("Speeltuin {street}", "speeltuin"),
          ("Bushokje {street}", "bushokje"), ("Leeszaal {area}", "bibliotheek"),
          ("Schoolplein {school}", "schoolplein"), ("Plein {street}", "plein"),
          ("Pop-up terras {street}", "pop-up terras"), ("Buurttuin {street}", "moestuin"))
EXTRA_PLACES = (("Trapveldje {street}", "plein"), ("Wasserette {street}", "wasserette"),
                ("Bankje bij de {street}", "bushokje"), ("Binnentuin {street}", "moestuin"),
                ("Speelplek {street}", "speeltuin"), ("Marktplein {street}", "plein"))

INITIATIVES = (
    ("Buurtrestaurant {area}", "Ontmoeting",
     "Elke donderdag koken bewoners voor buren; betalen wat je kunt."),
    ("Moestuin {street}", "Groen", "Braakliggend stuk grond omgebouwd tot moestuin met 20 bakken."),
    ("Balkonbingo {street}", "Eenzaamheid",
     "Bingo vanaf de balkons, met prijzen van de ondernemers."),
    ("Repair Café {area}", "Armoede", "Eens per maand repareren buurtgenoten spullen."),
    ("Taalmaatjes {area}", "Taal", "Bewoners oefenen Nederlands in tweetallen."),
    ("Kledingruil {area}", "Armoede", "Ruilbeurs voor kinderkleding bij de start van het seizoen."),
    ("Zomerspelen {street}", "Jongeren", "Een week spelletjes en sport op het plein in de zomer."),
    ("Geveltuinen {street}", "Groen", "Bewoners breken tegels uit voor geveltuintjes."),
    ("Energiecafé {area}", "Energie",
     "Bewoners helpen elkaar met tochtstrips en de energierekening."),
    ("Buurtvaders op het plein", "Veiligheid",
     "Vaders lopen 's avonds een rondje en spreken jongeren aan."),
    ("Iftar in de straat", "Ontmoeting", "Samen het vasten breken met de hele straat."),
    ("Huiswerkklas {area}", "Jongeren",
     "Studenten helpen kinderen met huiswerk in de bibliotheek."),
)
INITIATIVE_ROLES = ("trekker", "vrijwilliger", "deelnemer", "meedenker")
