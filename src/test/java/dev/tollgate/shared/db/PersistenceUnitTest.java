package dev.tollgate.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Hibernate does not scan WEB-INF/classes inside Payara, so an entity missing from
 * persistence.xml only shows up at run time as "not an entity". This finds it at build time.
 */
class PersistenceUnitTest {

  @Test
  void everyEntityIsListedInPersistenceXmlAndNothingElse() throws Exception {
    assertThat(listedClasses()).containsExactlyInAnyOrderElementsOf(entitiesInTheBuild());
  }

  @Test
  void theScanFindsTheFoundationEntities() throws Exception {
    assertThat(entitiesInTheBuild())
        .contains("dev.tollgate.user.User", "dev.tollgate.audit.AuditEvent", "dev.tollgate.auth.session.SsoSession");
  }

  @Test
  void unlistedClassesAreExcluded() throws Exception {
    Document xml = persistenceXml();

    assertThat(xml.getElementsByTagName("exclude-unlisted-classes").item(0).getTextContent().trim())
        .isEqualTo("true");
    assertThat(xml.getElementsByTagName("jta-data-source").item(0).getTextContent().trim())
        .isEqualTo(DatabaseLocation.JNDI_NAME);
  }

  private static List<String> listedClasses() throws Exception {
    NodeList nodes = persistenceXml().getElementsByTagName("class");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      names.add(nodes.item(i).getTextContent().trim());
    }
    return names;
  }

  private static Document persistenceXml() throws Exception {
    try (InputStream in = resource("META-INF/persistence.xml").openStream()) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      return factory.newDocumentBuilder().parse(in);
    }
  }

  /**
   * Every compiled main class annotated {@code @Entity} or {@code @MappedSuperclass}
   * (target/classes, next to persistence.xml).
   */
  private static List<String> entitiesInTheBuild() throws Exception {
    Path classes = Path.of(resource("META-INF/persistence.xml").toURI()).getParent().getParent();
    ClassLoader loader = PersistenceUnitTest.class.getClassLoader();
    try (Stream<Path> files = Files.walk(classes)) {
      List<String> names =
          files
              .filter(f -> f.toString().endsWith(".class"))
              .map(f -> classes.relativize(f).toString())
              .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
              .toList();
      List<String> entities = new ArrayList<>();
      for (String name : names) {
        Class<?> type = Class.forName(name, false, loader);
        if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(MappedSuperclass.class)) {
          entities.add(name);
        }
      }
      return entities;
    }
  }

  private static URL resource(String name) {
    URL url = PersistenceUnitTest.class.getClassLoader().getResource(name);
    assertThat(url).as(name).isNotNull();
    assertThat(url.getProtocol()).as("main resources on the test class path as a directory").isEqualTo("file");
    return url;
  }
}
