// An introduction between partners a and b (kept in id order), made on graph version $version: a tie
// between them recorded in the journal after that version makes it "worked".
CREATE (i:TafelIntroduction {id: $id, a: $a, b: $b, owner: $owner, due: $due, reasons: $reasons,
                             state: 'proposed', created: $at, createdBy: $who, version: $version,
                             history: [$at + ' proposed ' + $who]})
RETURN i.id AS id
