// Tafel's schema, applied at every start; every statement is idempotent.
CREATE CONSTRAINT partner_id IF NOT EXISTS FOR (n:Partner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_id IF NOT EXISTS FOR (n:Service) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT family_id IF NOT EXISTS FOR (n:Family) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT table_id IF NOT EXISTS FOR (n:Table) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT referral_id IF NOT EXISTS FOR (n:Referral) REQUIRE n.id IS UNIQUE;
// One id names one node, whatever its label: every partner, person, service, family, table and
// referral also carries the label Node.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:TafelMeta) REQUIRE n.id IS UNIQUE;
CREATE INDEX referral_date IF NOT EXISTS FOR (n:Referral) ON (n.date);
CREATE INDEX family_neighbourhood IF NOT EXISTS FOR (n:Family) ON (n.neighbourhood);
CREATE INDEX partner_sector IF NOT EXISTS FOR (n:Partner) ON (n.sector);
CREATE INDEX seat_key IF NOT EXISTS FOR ()-[r:SITS_AT]-() ON (r.key);
CREATE INDEX collaboration_key IF NOT EXISTS FOR ()-[r:COLLABORATES]-() ON (r.key);
CREATE INDEX support_key IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.key);
CREATE INDEX use_key IF NOT EXISTS FOR ()-[r:USES]-() ON (r.key);
// Stores written before the Node label existed get it (a no-op afterwards).
MATCH (n) WHERE (n:Partner OR n:Person OR n:Service OR n:Family OR n:Table OR n:Referral) AND NOT n:Node SET n:Node;
