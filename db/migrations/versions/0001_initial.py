"""Initial schema: the whole domain of DOMAIN.md (foundation issue).

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-24 07:45:22.962968
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_meta',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_meta'))
    )
    op.create_table('neighbourhoods',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('district', sa.String(length=200), nullable=False),
    sa.Column('municipality', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_neighbourhoods')),
    sa.UniqueConstraint('name', name=op.f('uq_neighbourhoods_name'))
    )
    op.create_table('themes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_themes')),
    sa.UniqueConstraint('name', name=op.f('uq_themes_name'))
    )
    op.create_table('workers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('team', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workers'))
    )
    op.create_table('actors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('person', 'group', 'place', name='actorkind', native_enum=False, length=24), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('neighbourhood_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('note_sensitive', sa.Boolean(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('last_contact_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['neighbourhood_id'], ['neighbourhoods.id'], name=op.f('fk_actors_neighbourhood_id_neighbourhoods'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_actors_worker_id_workers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actors'))
    )
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.create_index('ix_actors_kind_archived', ['kind', 'archived_at'], unique=False)
        batch_op.create_index('ix_actors_kind_last_contact', ['kind', 'last_contact_on'], unique=False)
        batch_op.create_index('ix_actors_kind_name', ['kind', 'name'], unique=False)
        batch_op.create_index('ix_actors_neighbourhood_kind', ['neighbourhood_id', 'kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_actors_worker_id'), ['worker_id'], unique=False)

    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=50), nullable=False),
    sa.Column('object_kind', sa.String(length=50), nullable=False),
    sa.Column('object_id', sa.Integer(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=True),
    sa.Column('file_hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_audit_log_worker_id_workers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_log_object', ['object_kind', 'object_id'], unique=False)

    op.create_table('dossiers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('neighbourhood_id', sa.Integer(), nullable=True),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('desired', sa.Text(), nullable=False),
    sa.Column('phase', sa.Enum('signalling', 'exploring', 'agenda_setting', 'influencing', 'result', 'evaluation', name='dossierphase', native_enum=False, length=24), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('lessons', sa.Text(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['neighbourhood_id'], ['neighbourhoods.id'], name=op.f('fk_dossiers_neighbourhood_id_neighbourhoods'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_dossiers_theme_id_themes'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_dossiers_worker_id_workers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossiers'))
    )
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.create_index('ix_dossiers_phase', ['phase'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossiers_worker_id'), ['worker_id'], unique=False)

    op.create_table('meeting_series',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('neighbourhood_id', sa.Integer(), nullable=True),
    sa.Column('default_location', sa.String(length=300), nullable=False),
    sa.Column('default_duration_minutes', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['neighbourhood_id'], ['neighbourhoods.id'], name=op.f('fk_meeting_series_neighbourhood_id_neighbourhoods'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_meeting_series_worker_id_workers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_series')),
    sa.UniqueConstraint('name', name=op.f('uq_meeting_series_name'))
    )
    with op.batch_alter_table('meeting_series', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_series_worker_id'), ['worker_id'], unique=False)

    op.create_table('actor_positions',
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('x', sa.Float(), nullable=False),
    sa.Column('y', sa.Float(), nullable=False),
    sa.Column('pinned', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_actor_positions_actor_id_actors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('actor_id', name=op.f('pk_actor_positions'))
    )
    op.create_table('actor_themes',
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_actor_themes_actor_id_actors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_actor_themes_theme_id_themes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('actor_id', 'theme_id', name=op.f('pk_actor_themes'))
    )
    with op.batch_alter_table('actor_themes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_themes_theme_id'), ['theme_id'], unique=False)

    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_attachments_dossier_id_dossiers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_dossier_id'), ['dossier_id'], unique=False)
        batch_op.create_index('ix_attachments_hash', ['content_hash'], unique=False)

    op.create_table('dossier_actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('letter', 'petition', 'council_speech', 'alderman_talk', 'media', 'citizens_assembly', 'meeting', 'other', name='dossieractionkind', native_enum=False, length=24), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_dossier_actions_dossier_id_dossiers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_dossier_actions_worker_id_workers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_actions'))
    )
    with op.batch_alter_table('dossier_actions', schema=None) as batch_op:
        batch_op.create_index('ix_dossier_actions_dossier_date', ['dossier_id', 'occurred_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossier_actions_worker_id'), ['worker_id'], unique=False)

    op.create_table('dossier_involvements',
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('organiser', 'thinker', 'affected', name='involvementrole', native_enum=False, length=24), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_dossier_involvements_actor_id_actors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_dossier_involvements_dossier_id_dossiers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('dossier_id', 'actor_id', name=op.f('pk_dossier_involvements'))
    )
    with op.batch_alter_table('dossier_involvements', schema=None) as batch_op:
        batch_op.create_index('ix_dossier_involvements_actor', ['actor_id'], unique=False)

    op.create_table('dossier_phase_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('phase', sa.Enum('signalling', 'exploring', 'agenda_setting', 'influencing', 'result', 'evaluation', name='dossierphase', native_enum=False, length=24), nullable=False),
    sa.Column('reached_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_dossier_phase_steps_dossier_id_dossiers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_phase_steps'))
    )
    with op.batch_alter_table('dossier_phase_steps', schema=None) as batch_op:
        batch_op.create_index('ix_dossier_phase_steps_dossier', ['dossier_id', 'reached_on'], unique=False)

    op.create_table('dossier_targets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('stance', sa.Enum('for', 'neutral', 'against', name='stance', native_enum=False, length=24), nullable=False),
    sa.Column('influence', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('influence BETWEEN 1 AND 5', name=op.f('ck_dossier_targets_influence_range')),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_dossier_targets_actor_id_actors'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_dossier_targets_dossier_id_dossiers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_targets'))
    )
    with op.batch_alter_table('dossier_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_targets_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossier_targets_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_kind', sa.Enum('informal', 'formal', 'institution', name='groupkind', native_enum=False, length=24), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['id'], ['actors.id'], name=op.f('fk_groups_id_actors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_groups'))
    )
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_groups_group_kind'), ['group_kind'], unique=False)

    op.create_table('persons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('infix', sa.String(length=30), nullable=False),
    sa.Column('last_name', sa.String(length=150), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('house_number', sa.String(length=20), nullable=False),
    sa.Column('postcode', sa.String(length=10), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('participation_level', sa.Enum('visitor', 'participant', 'volunteer', 'organiser', name='participationlevel', native_enum=False, length=24), nullable=True),
    sa.ForeignKeyConstraint(['id'], ['actors.id'], name=op.f('fk_persons_id_actors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index('ix_persons_email', ['email'], unique=False)
        batch_op.create_index('ix_persons_level', ['participation_level'], unique=False)
        batch_op.create_index('ix_persons_phone', ['phone'], unique=False)

    op.create_table('places',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('place_type', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['id'], ['actors.id'], name=op.f('fk_places_id_actors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_places'))
    )
    op.create_table('series_template_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('is_action_list', sa.Boolean(), nullable=False),
    sa.CheckConstraint('duration_minutes >= 0', name=op.f('ck_series_template_items_duration_positive')),
    sa.ForeignKeyConstraint(['series_id'], ['meeting_series.id'], name=op.f('fk_series_template_items_series_id_meeting_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_series_template_items'))
    )
    with op.batch_alter_table('series_template_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_series_template_items_series_id'), ['series_id'], unique=False)

    op.create_table('signals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('observed_on', sa.Date(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('neighbourhood_id', sa.Integer(), nullable=True),
    sa.Column('source_actor_id', sa.Integer(), nullable=True),
    sa.Column('anonymous_source', sa.Boolean(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('households', sa.Integer(), nullable=False),
    sa.Column('combined_into_id', sa.Integer(), nullable=True),
    sa.Column('dossier_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('households >= 0', name=op.f('ck_signals_households_positive')),
    sa.ForeignKeyConstraint(['combined_into_id'], ['signals.id'], name=op.f('fk_signals_combined_into_id_signals'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_signals_dossier_id_dossiers'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['neighbourhood_id'], ['neighbourhoods.id'], name=op.f('fk_signals_neighbourhood_id_neighbourhoods'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_actor_id'], ['actors.id'], name=op.f('fk_signals_source_actor_id_actors'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_signals_theme_id_themes'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_signals_worker_id_workers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signals'))
    )
    with op.batch_alter_table('signals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signals_combined_into_id'), ['combined_into_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signals_dossier_id'), ['dossier_id'], unique=False)
        batch_op.create_index('ix_signals_observed', ['observed_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_signals_source_actor_id'), ['source_actor_id'], unique=False)
        batch_op.create_index('ix_signals_theme_observed', ['theme_id', 'observed_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_signals_worker_id'), ['worker_id'], unique=False)

    op.create_table('ties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('strategy', sa.Enum('bonding', 'bridging', 'linking', name='strategy', native_enum=False, length=24), nullable=False),
    sa.Column('strength', sa.Integer(), nullable=False),
    sa.Column('since', sa.Date(), nullable=True),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('introduced_via_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('source_id <> target_id', name=op.f('ck_ties_not_self')),
    sa.CheckConstraint('strength BETWEEN 1 AND 5', name=op.f('ck_ties_strength_range')),
    sa.ForeignKeyConstraint(['introduced_via_id'], ['actors.id'], name=op.f('fk_ties_introduced_via_id_actors'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_id'], ['actors.id'], name=op.f('fk_ties_source_id_actors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_id'], ['actors.id'], name=op.f('fk_ties_target_id_actors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_ties_worker_id_workers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ties'))
    )
    with op.batch_alter_table('ties', schema=None) as batch_op:
        batch_op.create_index('ix_ties_strategy_until', ['strategy', 'until'], unique=False)
        batch_op.create_index('ix_ties_source', ['source_id'], unique=False)
        batch_op.create_index('ix_ties_strategy_since', ['strategy', 'since'], unique=False)
        batch_op.create_index('ix_ties_target', ['target_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ties_worker_id'), ['worker_id'], unique=False)

    op.create_table('consents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=200), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('means', sa.Enum('verbal', 'written', 'digital', name='consentmeans', native_enum=False, length=24), nullable=False),
    sa.Column('info_version', sa.String(length=50), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_consents_person_id_persons'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_consents_worker_id_workers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents'))
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index('ix_consents_person_purpose', ['person_id', 'purpose'], unique=False)
        batch_op.create_index(batch_op.f('ix_consents_worker_id'), ['worker_id'], unique=False)

    op.create_table('contact_moments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('setting', sa.Enum('stairwell', 'home_visit', 'street', 'walk', 'school_gate', 'activity', 'community_centre', 'popup', 'phone', 'online', 'meeting', 'other', name='contactsetting', native_enum=False, length=24), nullable=False),
    sa.Column('strategy', sa.Enum('bonding', 'bridging', 'linking', name='strategy', native_enum=False, length=24), nullable=True),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('neighbourhood_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('sensitive', sa.Boolean(), nullable=False),
    sa.Column('follow_up', sa.Text(), nullable=False),
    sa.Column('anonymous_count', sa.Integer(), nullable=False),
    sa.Column('is_story', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('anonymous_count >= 0', name=op.f('ck_contact_moments_anonymous_count_positive')),
    sa.ForeignKeyConstraint(['neighbourhood_id'], ['neighbourhoods.id'], name=op.f('fk_contact_moments_neighbourhood_id_neighbourhoods'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_contact_moments_place_id_places'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_contact_moments_worker_id_workers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_moments'))
    )
    with op.batch_alter_table('contact_moments', schema=None) as batch_op:
        batch_op.create_index('ix_contact_moments_strategy_date', ['strategy', 'occurred_on'], unique=False)
        batch_op.create_index('ix_contact_moments_date_id', ['occurred_on', 'id'], unique=False)
        batch_op.create_index('ix_contact_moments_neighbourhood_date', ['neighbourhood_id', 'occurred_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_moments_place_id'), ['place_id'], unique=False)
        batch_op.create_index('ix_contact_moments_setting_date', ['setting', 'occurred_on'], unique=False)
        batch_op.create_index('ix_contact_moments_worker_date', ['worker_id', 'occurred_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_moments_worker_id'), ['worker_id'], unique=False)

    op.create_table('initiatives',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('idea', 'running', 'finished', 'stopped', name='initiativestatus', native_enum=False, length=24), nullable=False),
    sa.Column('neighbourhood_id', sa.Integer(), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_initiatives_group_id_groups'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['neighbourhood_id'], ['neighbourhoods.id'], name=op.f('fk_initiatives_neighbourhood_id_neighbourhoods'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_initiatives_theme_id_themes'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_initiatives_worker_id_workers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_initiatives'))
    )
    with op.batch_alter_table('initiatives', schema=None) as batch_op:
        batch_op.create_index('ix_initiatives_status_started', ['status', 'started_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_initiatives_worker_id'), ['worker_id'], unique=False)

    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('neighbourhood_id', sa.Integer(), nullable=True),
    sa.Column('chair', sa.String(length=200), nullable=False),
    sa.Column('minute_taker', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['neighbourhood_id'], ['neighbourhoods.id'], name=op.f('fk_meetings_neighbourhood_id_neighbourhoods'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_meetings_place_id_places'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['series_id'], ['meeting_series.id'], name=op.f('fk_meetings_series_id_meeting_series'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_meetings_worker_id_workers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index('ix_meetings_series_starts', ['series_id', 'starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_worker_id'), ['worker_id'], unique=False)

    op.create_table('memberships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.Column('since', sa.Date(), nullable=True),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_memberships_group_id_groups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_memberships_person_id_persons'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_memberships_worker_id_workers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_memberships')),
    sa.UniqueConstraint('person_id', 'group_id', 'since', name=op.f('uq_memberships_person_id_group_id_since'))
    )
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_memberships_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_memberships_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_memberships_worker_id'), ['worker_id'], unique=False)

    op.create_table('participation_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Enum('visitor', 'participant', 'volunteer', 'organiser', name='participationlevel', native_enum=False, length=24), nullable=False),
    sa.Column('since', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_participation_steps_person_id_persons'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_participation_steps_worker_id_workers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participation_steps'))
    )
    with op.batch_alter_table('participation_steps', schema=None) as batch_op:
        batch_op.create_index('ix_participation_steps_level_since', ['level', 'since'], unique=False)
        batch_op.create_index('ix_participation_steps_person_since', ['person_id', 'since'], unique=False)
        batch_op.create_index(batch_op.f('ix_participation_steps_worker_id'), ['worker_id'], unique=False)

    op.create_table('person_languages',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=60), nullable=False),
    sa.Column('proficiency', sa.Enum('native', 'good', 'some', 'none', name='languageproficiency', native_enum=False, length=24), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_person_languages_person_id_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', 'language', name=op.f('pk_person_languages'))
    )
    op.create_table('talents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.Enum('head', 'hands', 'heart', name='talentcategory', native_enum=False, length=24), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_talents_person_id_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_talents'))
    )
    with op.batch_alter_table('talents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_talents_person_id'), ['person_id'], unique=False)

    op.create_table('agenda_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('presenter', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('is_action_list', sa.Boolean(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=True),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('duration_minutes >= 0', name=op.f('ck_agenda_items_duration_positive')),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_agenda_items_actor_id_actors'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_agenda_items_dossier_id_dossiers'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_agenda_items_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items'))
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_items_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_items_dossier_id'), ['dossier_id'], unique=False)
        batch_op.create_index('ix_agenda_items_meeting_position', ['meeting_id', 'position'], unique=False)

    op.create_table('attendance',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('invited', 'present', 'absent', 'excused', name='attendancestatus', native_enum=False, length=24), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_attendance_actor_id_actors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_attendance_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'actor_id', name=op.f('pk_attendance'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index('ix_attendance_actor', ['actor_id'], unique=False)

    op.create_table('contact_participants',
    sa.Column('contact_moment_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_contact_participants_actor_id_actors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_moment_id'], ['contact_moments.id'], name=op.f('fk_contact_participants_contact_moment_id_contact_moments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_moment_id', 'actor_id', name=op.f('pk_contact_participants'))
    )
    with op.batch_alter_table('contact_participants', schema=None) as batch_op:
        batch_op.create_index('ix_contact_participants_actor', ['actor_id', 'contact_moment_id'], unique=False)

    op.create_table('contact_themes',
    sa.Column('contact_moment_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_moment_id'], ['contact_moments.id'], name=op.f('fk_contact_themes_contact_moment_id_contact_moments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_contact_themes_theme_id_themes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_moment_id', 'theme_id', name=op.f('pk_contact_themes'))
    )
    with op.batch_alter_table('contact_themes', schema=None) as batch_op:
        batch_op.create_index('ix_contact_themes_theme', ['theme_id', 'contact_moment_id'], unique=False)

    op.create_table('dossier_contacts',
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('contact_moment_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_moment_id'], ['contact_moments.id'], name=op.f('fk_dossier_contacts_contact_moment_id_contact_moments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_dossier_contacts_dossier_id_dossiers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('dossier_id', 'contact_moment_id', name=op.f('pk_dossier_contacts'))
    )
    with op.batch_alter_table('dossier_contacts', schema=None) as batch_op:
        batch_op.create_index('ix_dossier_contacts_contact', ['contact_moment_id'], unique=False)

    op.create_table('dossier_meetings',
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_dossier_meetings_dossier_id_dossiers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_dossier_meetings_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('dossier_id', 'meeting_id', name=op.f('pk_dossier_meetings'))
    )
    with op.batch_alter_table('dossier_meetings', schema=None) as batch_op:
        batch_op.create_index('ix_dossier_meetings_meeting', ['meeting_id'], unique=False)

    op.create_table('initiative_people',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiatives.id'], name=op.f('fk_initiative_people_initiative_id_initiatives'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_initiative_people_person_id_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('initiative_id', 'person_id', name=op.f('pk_initiative_people'))
    )
    with op.batch_alter_table('initiative_people', schema=None) as batch_op:
        batch_op.create_index('ix_initiative_people_person', ['person_id'], unique=False)

    op.create_table('stories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('change', sa.Text(), nullable=False),
    sa.Column('told_on', sa.Date(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('contact_moment_id', sa.Integer(), nullable=True),
    sa.Column('selected_for_report', sa.Boolean(), nullable=False),
    sa.Column('sensitive', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['contact_moment_id'], ['contact_moments.id'], name=op.f('fk_stories_contact_moment_id_contact_moments'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_stories_theme_id_themes'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_stories_worker_id_workers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stories'))
    )
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stories_contact_moment_id'), ['contact_moment_id'], unique=False)
        batch_op.create_index('ix_stories_told', ['told_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_stories_worker_id'), ['worker_id'], unique=False)

    op.create_table('action_points',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner_actor_id', sa.Integer(), nullable=True),
    sa.Column('owner_worker_id', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'in_progress', 'done', 'cancelled', name='actionstatus', native_enum=False, length=24), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('contact_moment_id', sa.Integer(), nullable=True),
    sa.Column('dossier_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_items.id'], name=op.f('fk_action_points_agenda_item_id_agenda_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['contact_moment_id'], ['contact_moments.id'], name=op.f('fk_action_points_contact_moment_id_contact_moments'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_action_points_dossier_id_dossiers'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_action_points_meeting_id_meetings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_actor_id'], ['actors.id'], name=op.f('fk_action_points_owner_actor_id_actors'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['owner_worker_id'], ['workers.id'], name=op.f('fk_action_points_owner_worker_id_workers'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_action_points_worker_id_workers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_points'))
    )
    with op.batch_alter_table('action_points', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_points_contact_moment_id'), ['contact_moment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_points_dossier_id'), ['dossier_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_points_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index('ix_action_points_owner', ['owner_actor_id'], unique=False)
        batch_op.create_index('ix_action_points_status_due', ['status', 'due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_points_worker_id'), ['worker_id'], unique=False)

    op.create_table('decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_items.id'], name=op.f('fk_decisions_agenda_item_id_agenda_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_decisions_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decisions'))
    )
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decisions_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decisions_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('story_actors',
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_story_actors_actor_id_actors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_story_actors_story_id_stories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('story_id', 'actor_id', name=op.f('pk_story_actors'))
    )
    with op.batch_alter_table('story_actors', schema=None) as batch_op:
        batch_op.create_index('ix_story_actors_actor', ['actor_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('story_actors', schema=None) as batch_op:
        batch_op.drop_index('ix_story_actors_actor')

    op.drop_table('story_actors')
    with op.batch_alter_table('decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decisions_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_decisions_agenda_item_id'))

    op.drop_table('decisions')
    with op.batch_alter_table('action_points', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_points_worker_id'))
        batch_op.drop_index('ix_action_points_status_due')
        batch_op.drop_index('ix_action_points_owner')
        batch_op.drop_index(batch_op.f('ix_action_points_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_action_points_dossier_id'))
        batch_op.drop_index(batch_op.f('ix_action_points_contact_moment_id'))

    op.drop_table('action_points')
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stories_worker_id'))
        batch_op.drop_index('ix_stories_told')
        batch_op.drop_index(batch_op.f('ix_stories_contact_moment_id'))

    op.drop_table('stories')
    with op.batch_alter_table('initiative_people', schema=None) as batch_op:
        batch_op.drop_index('ix_initiative_people_person')

    op.drop_table('initiative_people')
    with op.batch_alter_table('dossier_meetings', schema=None) as batch_op:
        batch_op.drop_index('ix_dossier_meetings_meeting')

    op.drop_table('dossier_meetings')
    with op.batch_alter_table('dossier_contacts', schema=None) as batch_op:
        batch_op.drop_index('ix_dossier_contacts_contact')

    op.drop_table('dossier_contacts')
    with op.batch_alter_table('contact_themes', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_themes_theme')

    op.drop_table('contact_themes')
    with op.batch_alter_table('contact_participants', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_participants_actor')

    op.drop_table('contact_participants')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_actor')

    op.drop_table('attendance')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index('ix_agenda_items_meeting_position')
        batch_op.drop_index(batch_op.f('ix_agenda_items_dossier_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_items_actor_id'))

    op.drop_table('agenda_items')
    with op.batch_alter_table('talents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_talents_person_id'))

    op.drop_table('talents')
    op.drop_table('person_languages')
    with op.batch_alter_table('participation_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participation_steps_worker_id'))
        batch_op.drop_index('ix_participation_steps_person_since')
        batch_op.drop_index('ix_participation_steps_level_since')

    op.drop_table('participation_steps')
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_memberships_worker_id'))
        batch_op.drop_index(batch_op.f('ix_memberships_person_id'))
        batch_op.drop_index(batch_op.f('ix_memberships_group_id'))

    op.drop_table('memberships')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_worker_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_starts_at'))
        batch_op.drop_index('ix_meetings_series_starts')

    op.drop_table('meetings')
    with op.batch_alter_table('initiatives', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_initiatives_worker_id'))
        batch_op.drop_index('ix_initiatives_status_started')

    op.drop_table('initiatives')
    with op.batch_alter_table('contact_moments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_moments_worker_id'))
        batch_op.drop_index('ix_contact_moments_worker_date')
        batch_op.drop_index('ix_contact_moments_setting_date')
        batch_op.drop_index(batch_op.f('ix_contact_moments_place_id'))
        batch_op.drop_index('ix_contact_moments_neighbourhood_date')
        batch_op.drop_index('ix_contact_moments_date_id')

    op.drop_table('contact_moments')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consents_worker_id'))
        batch_op.drop_index('ix_consents_person_purpose')

    op.drop_table('consents')
    with op.batch_alter_table('ties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ties_worker_id'))
        batch_op.drop_index('ix_ties_target')
        batch_op.drop_index('ix_ties_strategy_since')
        batch_op.drop_index('ix_ties_source')

    op.drop_table('ties')
    with op.batch_alter_table('signals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signals_worker_id'))
        batch_op.drop_index('ix_signals_theme_observed')
        batch_op.drop_index(batch_op.f('ix_signals_source_actor_id'))
        batch_op.drop_index('ix_signals_observed')
        batch_op.drop_index(batch_op.f('ix_signals_dossier_id'))
        batch_op.drop_index(batch_op.f('ix_signals_combined_into_id'))

    op.drop_table('signals')
    with op.batch_alter_table('series_template_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_series_template_items_series_id'))

    op.drop_table('series_template_items')
    op.drop_table('places')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index('ix_persons_phone')
        batch_op.drop_index('ix_persons_level')
        batch_op.drop_index('ix_persons_email')

    op.drop_table('persons')
    with op.batch_alter_table('groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_groups_group_kind'))

    op.drop_table('groups')
    with op.batch_alter_table('dossier_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_targets_dossier_id'))
        batch_op.drop_index(batch_op.f('ix_dossier_targets_actor_id'))

    op.drop_table('dossier_targets')
    with op.batch_alter_table('dossier_phase_steps', schema=None) as batch_op:
        batch_op.drop_index('ix_dossier_phase_steps_dossier')

    op.drop_table('dossier_phase_steps')
    with op.batch_alter_table('dossier_involvements', schema=None) as batch_op:
        batch_op.drop_index('ix_dossier_involvements_actor')

    op.drop_table('dossier_involvements')
    with op.batch_alter_table('dossier_actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_actions_worker_id'))
        batch_op.drop_index('ix_dossier_actions_dossier_date')

    op.drop_table('dossier_actions')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index('ix_attachments_hash')
        batch_op.drop_index(batch_op.f('ix_attachments_dossier_id'))

    op.drop_table('attachments')
    with op.batch_alter_table('actor_themes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_themes_theme_id'))

    op.drop_table('actor_themes')
    op.drop_table('actor_positions')
    with op.batch_alter_table('meeting_series', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_series_worker_id'))

    op.drop_table('meeting_series')
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossiers_worker_id'))
        batch_op.drop_index('ix_dossiers_phase')

    op.drop_table('dossiers')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_object')
        batch_op.drop_index('ix_audit_log_at')

    op.drop_table('audit_log')
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actors_worker_id'))
        batch_op.drop_index('ix_actors_neighbourhood_kind')
        batch_op.drop_index('ix_actors_kind_name')

    op.drop_table('actors')
    op.drop_table('workers')
    op.drop_table('themes')
    op.drop_table('neighbourhoods')
    op.drop_table('app_meta')
