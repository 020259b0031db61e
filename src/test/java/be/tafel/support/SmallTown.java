package be.tafel.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A small hand-made network with one of everything, as an import document to change in tests. */
public final class SmallTown {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SmallTown() {}

    public static ObjectNode document() {
        try {
            return (ObjectNode) JSON.readTree("""
                {
                  "partners": [
                    {"id": "p-school", "name": "Basisschool De Linde", "sector": "school", "domains": ["education"],
                     "neighbourhoods": ["Noord"], "kind": "public"},
                    {"id": "p-clb", "name": "CLB Schelde", "sector": "pupil-guidance", "domains": ["education", "welfare"],
                     "kind": "public"},
                    {"id": "p-ocmw", "name": "OCMW", "sector": "social-welfare", "domains": ["welfare", "income"],
                     "kind": "public"},
                    {"id": "p-parents", "name": "Ouderpanel", "sector": "parents", "kind": "parents"}
                  ],
                  "persons": [
                    {"id": "pe-bridge", "name": "Amina", "role": "bridge-figure", "worksFor": "p-school"}
                  ],
                  "services": [
                    {"id": "s-homework", "name": "Huiswerkklas", "provider": "p-school", "domain": "education",
                     "ageMin": 6, "ageMax": 12, "neighbourhood": "Noord", "capacity": 20,
                     "access": {"reachable": 4, "available": 3, "affordable": 5, "usable": 4, "understandable": 3}}
                  ],
                  "families": [
                    {"id": "f-1", "neighbourhood": "Noord", "childAgeBands": ["6-12"], "needs": ["education"]},
                    {"id": "f-2", "neighbourhood": "Zuid", "childAgeBands": ["0-3", "12-18"], "needs": ["welfare", "housing"]}
                  ],
                  "tables": [
                    {"id": "t-steering", "name": "Stuurgroep", "kind": "steering", "domains": ["education", "welfare"]}
                  ],
                  "seats": [
                    {"member": "p-school", "table": "t-steering", "role": "chair", "since": "2024-01-01"},
                    {"member": "pe-bridge", "table": "t-steering", "role": "member", "since": "2024-03-01",
                     "until": "2025-12-31"}
                  ],
                  "collaborations": [
                    {"a": "p-school", "b": "p-clb", "kind": "pupil care", "strength": 4, "trust": 4, "since": "2023-09-01"},
                    {"a": "p-clb", "b": "p-ocmw", "strength": 2, "since": "2024-01-01", "until": "2026-06-30"}
                  ],
                  "supports": [
                    {"person": "pe-bridge", "family": "f-2", "since": "2024-02-01"}
                  ],
                  "uses": [
                    {"family": "f-1", "service": "s-homework", "since": "2024-09-01"}
                  ],
                  "referrals": [
                    {"id": "r-1", "from": "p-school", "to": "p-clb", "family": "f-1", "date": "2024-10-01",
                     "domain": "education", "status": "completed"},
                    {"id": "r-2", "from": "pe-bridge", "to": "p-ocmw", "family": "f-2", "date": "2025-01-15",
                     "domain": "welfare", "status": "waitlisted"}
                  ]
                }
                """);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static ArrayNode section(ObjectNode document, String name) {
        return (ArrayNode) document.get(name);
    }
}
