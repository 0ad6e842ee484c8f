package nl.vroeg.transform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.vroeg.lake.Table;

/**
 * The models under {@code sql/staging}, {@code sql/silver} and {@code sql/gold}, in build order: the order
 * follows from the tables each model reads (a topological sort, as dbt derives it from {@code ref()}); ties go
 * staging before silver before gold, then by name, so the order is stable.
 */
final class Models {

    static final List<String> LAYERS = List.of("staging", "silver", "gold");

    private Models() {
    }

    /** Every model on the class path, in build order. */
    static List<Model> load() {
        List<Model> models = new ArrayList<>();
        for (String layer : LAYERS) {
            withResourceFolder("/sql/" + layer, folder -> {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList()) {
                        String table = file.getFileName().toString().replaceFirst("\\.sql$", "");
                        models.add(new Model(layer, table, Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
            });
        }
        // a gold model without its months header, or a header naming an unknown kind of change, fails every run
        // here, not only the first incremental one
        models.forEach(Model::rebuiltFor);
        return order(models);
    }

    /**
     * The models so that each comes after every model it reads. A model that reads a table which is neither a
     * bronze table nor a model, or models that read each other in a cycle, are an error naming them.
     */
    static List<Model> order(Collection<Model> models) {
        Map<String, Model> byName = new LinkedHashMap<>();
        for (Model model : models) byName.put(model.name(), model);
        Set<String> bronze = Stream.of(Table.values()).filter(t -> t.layer().equals("bronze"))
                .map(Table::qualifiedName).collect(Collectors.toSet());
        Map<String, Integer> unbuiltInputs = new HashMap<>();
        Map<String, List<String>> readers = new HashMap<>();
        for (Model model : byName.values()) {
            int inputs = 0;
            for (String reference : model.references()) {
                if (bronze.contains(reference)) continue;
                if (!byName.containsKey(reference)) {
                    throw new IllegalStateException(model.name() + " reads " + reference
                            + ", which is neither a bronze table nor a model");
                }
                inputs++;
                readers.computeIfAbsent(reference, r -> new ArrayList<>()).add(model.name());
            }
            unbuiltInputs.put(model.name(), inputs);
        }
        Comparator<Model> stable = Comparator.comparing((Model m) -> LAYERS.indexOf(m.layer())).thenComparing(Model::table);
        PriorityQueue<Model> ready = new PriorityQueue<>(stable);
        byName.values().stream().filter(m -> unbuiltInputs.get(m.name()) == 0).forEach(ready::add);
        List<Model> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            Model next = ready.poll();
            ordered.add(next);
            for (String reader : readers.getOrDefault(next.name(), List.of())) {
                if (unbuiltInputs.merge(reader, -1, Integer::sum) == 0) ready.add(byName.get(reader));
            }
        }
        if (ordered.size() < byName.size()) {
            Set<String> cycle = new TreeSet<>(byName.keySet());
            ordered.forEach(m -> cycle.remove(m.name()));
            throw new IllegalStateException("These models read each other in a cycle (or read one that does): "
                    + String.join(", ", cycle));
        }
        return ordered;
    }

    private interface FolderAction {
        void accept(Path folder) throws IOException;
    }

    /** Runs {@code action} on a class-path folder, from the classes directory or from inside the jar. */
    private static void withResourceFolder(String resource, FolderAction action) {
        try {
            var url = Models.class.getResource(resource);
            if (url == null) return;
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) {
                action.accept(Path.of(uri));
                return;
            }
            FileSystem jar;
            boolean opened = false;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException alreadyOpen) {
                jar = FileSystems.getFileSystem(uri);
            }
            try {
                action.accept(jar.getPath(resource));
            } finally {
                if (opened) jar.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
