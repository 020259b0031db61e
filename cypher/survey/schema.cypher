// Survey waves, their links and the answers: bookkeeping next to the network until a wave closes.
CREATE CONSTRAINT tafel_survey_id IF NOT EXISTS FOR (s:TafelSurvey) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT tafel_survey_link_id IF NOT EXISTS FOR (l:TafelSurveyLink) REQUIRE l.id IS UNIQUE;
CREATE INDEX tafel_survey_link_hash IF NOT EXISTS FOR (l:TafelSurveyLink) ON (l.hash);
CREATE CONSTRAINT tafel_survey_tie_key IF NOT EXISTS FOR (t:TafelSurveyTie) REQUIRE t.key IS UNIQUE;
CREATE INDEX tafel_survey_tie_survey IF NOT EXISTS FOR (t:TafelSurveyTie) ON (t.survey);
CREATE CONSTRAINT tafel_named_missing_key IF NOT EXISTS FOR (n:TafelNamedMissing) REQUIRE n.key IS UNIQUE;
