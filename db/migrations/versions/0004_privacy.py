"""Privacy: the worker's retention decision per record (keep with a reason until a date, or
anonymised); one row per record, a newer decision replaces it.

Revision ID: 0004_privacy
Revises: 0003_reach
Create Date: 2026-11-24 11:00:00

One new table, nothing rewritten: the retention periods per kind of record are settings in
app_meta (db.services.storage_periods) and need no schema.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004_privacy'
down_revision = '0003_reach'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'retention_decisions',
        sa.Column('record_kind', sa.String(length=30), nullable=False),
        sa.Column('record_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('decision', sa.String(length=20), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('keep_until', sa.Date(), nullable=True),
        sa.Column('decided_on', sa.Date(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('worker_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], ondelete='SET NULL',
                                name=op.f('fk_retention_decisions_worker_id_workers')),
        sa.PrimaryKeyConstraint('record_kind', 'record_id', name=op.f('pk_retention_decisions')),
    )
    op.create_index(op.f('ix_retention_decisions_worker_id'), 'retention_decisions',
                    ['worker_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_retention_decisions_worker_id'), table_name='retention_decisions')
    op.drop_table('retention_decisions')
