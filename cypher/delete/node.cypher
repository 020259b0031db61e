// Deletes the node n matched before this text, with its relationships; referrals that named it lose that end.
DETACH DELETE n
RETURN count(*) AS deleted
