package org.tangier.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestCallers;

/**
 * The whole UN consolidated list, on demand (it takes a while):
 * {@code ./mvnw -q -pl server -am test -Dtest=UnFullListImportTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtangier.un.file=/work/shared/data/un/UN_consolidated.xml}
 */
@TangierTest
@EnabledIfSystemProperty(named = "tangier.un.file", matches = ".+")
class UnFullListImportTest {

    @Autowired
    org.tangier.notices.internal.NoticeService notices;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void importsTheWholeConsolidatedList() throws Exception {
        String agency = NoticeFixtures.agency(jdbc, "U");
        Caller officer = TestCallers.user("un.importer", agency, EnumSet.of(Role.BUREAU_OFFICER));
        Object importer = context.getBean("unListImport");
        java.lang.reflect.Method run = importer.getClass().getDeclaredMethod("run", Caller.class, InputStream.class);
        run.setAccessible(true);
        long start = System.nanoTime();
        Object result;
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("tangier.un.file")))) {
            result = run.invoke(importer, officer, in);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("UN full list import: " + result + " in " + ms + " ms");
        assertThat(result.toString()).contains("imported=");
    }
}
