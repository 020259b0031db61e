CREATE CONSTRAINT tafel_introduction_id IF NOT EXISTS FOR (i:TafelIntroduction) REQUIRE i.id IS UNIQUE;
