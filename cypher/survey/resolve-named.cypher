// Records that an organisation named as missing is now a partner: confirmed (created) or matched.
MERGE (n:TafelNamedMissing {key: $key})
SET n.status = $status, n.partner = $partner, n.wave = $wave, n.name = $name, n.by = $by, n.on = $on
