// The journal of changes: one (:TafelChange) per write of the network, keyed by the graph version it produced.
CREATE CONSTRAINT tafel_change_version IF NOT EXISTS FOR (c:TafelChange) REQUIRE c.version IS UNIQUE;
CREATE INDEX tafel_change_by IF NOT EXISTS FOR (c:TafelChange) ON (c.by);
