package be.tafel.table;

import be.tafel.demo.DemoNetwork;
import be.tafel.demo.DemoTown;
import be.tafel.model.Network;
import be.tafel.model.PersonRole;
import be.tafel.support.HttpJson;
import be.tafel.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoTableTest {
    @Test
    void explore() throws Exception {
        TestServer server = TestServer.get();
        server.loadDemo();
        HttpJson http = server.http();
        Network net = new DemoNetwork().generate();
        StringBuilder out = new StringBuilder();
        var kouter = net.families().stream().filter(f -> f.neighbourhood().equals(DemoTown.KOUTERVELD)).map(f -> f.id()).collect(java.util.stream.Collectors.toSet());
        long supported = net.supports().stream().filter(s -> s.person().equals(DemoNetwork.ISOLATING_BRIDGE_FIGURE) && s.period().contains(DemoTown.END)).count();
        out.append("kouterveld ").append(kouter.size()).append(" supported at END ").append(supported).append("\n");
        for (var p : net.persons()) {
            if (p.role() == PersonRole.BRIDGE_FIGURE) {
                var j = http.get("/api/what-if?remove=" + p.id() + "&at=" + DemoTown.END).json();
                out.append(p.id()).append(" cut ").append(j.at("/cutOff/families")).append(" lost ").append(j.get("domainsLost")).append("\n");
            }
        }
        Files.writeString(Path.of("/tmp/demo-bridges.txt"), out);
    }
}
