// The row of a Family n: only its allowlisted facts exist.
RETURN n.id AS id, n.neighbourhood AS neighbourhood, n.childAgeBands AS childAgeBands, n.needs AS needs
