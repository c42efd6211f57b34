"""Issue 10: the facts a lawyer's letter turns on, and whose face it is.

Collections: what the holder says it relies on (``legal_basis_claimed``: consent, contract, employment,
legal_duty, unknown), what the face is used for (``identification``: verification, identification, none,
unknown) and whether the relationship has ended (``relationship_ended``). Holders and collections: who the
entries are about when the user writes for someone else (``acting_for``: self, guardian, close_relative,
agent; ``subject``: JSON {name, relation, birth_date}); a collection's subject overrides its holder's.
Only new columns: nothing here reads or changes another migration's tables.
"""

SQL = """
ALTER TABLE collections ADD COLUMN legal_basis_claimed TEXT;
ALTER TABLE collections ADD COLUMN identification TEXT;
ALTER TABLE collections ADD COLUMN relationship_ended INTEGER;
ALTER TABLE collections ADD COLUMN acting_for TEXT;
ALTER TABLE collections ADD COLUMN subject TEXT;
ALTER TABLE holders ADD COLUMN acting_for TEXT;
ALTER TABLE holders ADD COLUMN subject TEXT;
"""
