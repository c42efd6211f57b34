"""Covering indexes for the ledger table: counts of open and overdue requests per holder are read
from the index alone (bench/vault.py: 10,000 holders, 100,000 requests)."""

SQL = """
DROP INDEX IF EXISTS requests_holder;
CREATE INDEX requests_holder_state_due ON requests(holder_id, state, due_date);
CREATE INDEX holders_name_en ON holders(name_en);
"""
