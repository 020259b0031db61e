// API tokens and the audit log: bookkeeping next to the network, never part of an export.
CREATE CONSTRAINT tafel_token_id IF NOT EXISTS FOR (t:TafelToken) REQUIRE t.id IS UNIQUE;
CREATE INDEX tafel_token_hash IF NOT EXISTS FOR (t:TafelToken) ON (t.hash);
CREATE INDEX tafel_audit_at IF NOT EXISTS FOR (a:TafelAudit) ON (a.at);
