// A new API token: only the SHA-256 of its secret is kept.
CREATE (t:TafelToken {id: $id, name: $name, role: $role, hash: $hash, created: $created})
