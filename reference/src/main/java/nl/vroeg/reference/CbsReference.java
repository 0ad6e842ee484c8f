package nl.vroeg.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The CBS reference data the product ships (see cbs/NOTICE.md among the resources): municipalities with provinces per
 * year, the 2022-2023 mergers, and inhabitants on 1 January.
 */
public final class CbsReference {

    /** Shipped files, as resources under {@code /nl/vroeg/reference/cbs/}. */
    public static final List<String> GEMEENTEN_FILES = List.of("gemeenten-alfabetisch-2021.csv", "gemeenten-alfabetisch-2023.csv");
    public static final String HERINDELINGEN_FILE = "herindelingen-2022-2023.csv";
    public static final String INWONERS_FILE = "inwoners.csv";

    private static final Pattern CODE = Pattern.compile("(?:GM)?(\\d{4})");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(\\d{4})\\.csv$", Pattern.CASE_INSENSITIVE);

    public record Gemeente(int jaar, String code, String naam, String provinciecode, String provincienaam) {
    }

    public record Herindeling(LocalDate ingangsdatum, String oudeCode, String oudeNaam, String nieuweCode, String nieuweNaam) {
    }

    public record Inwoners(int jaar, String code, long aantal) {
    }

    private final List<Gemeente> gemeenten;
    private final List<Herindeling> herindelingen;
    private final List<Inwoners> inwoners;
    private final Set<String> knownCodes = new HashSet<>();

    /** Reference data from lists such as those loaded into the lake (a municipality's latest name wins). */
    public static CbsReference of(List<Gemeente> gemeenten, List<Herindeling> herindelingen, List<Inwoners> inwoners) {
        return new CbsReference(gemeenten.stream().sorted(Comparator.comparingInt(Gemeente::jaar)).toList(),
                herindelingen, inwoners);
    }

    private CbsReference(List<Gemeente> gemeenten, List<Herindeling> herindelingen, List<Inwoners> inwoners) {
        this.gemeenten = List.copyOf(gemeenten);
        this.herindelingen = List.copyOf(herindelingen);
        this.inwoners = List.copyOf(inwoners);
        gemeenten.forEach(g -> knownCodes.add(g.code()));
        herindelingen.forEach(h -> {
            knownCodes.add(h.oudeCode());
            knownCodes.add(h.nieuweCode());
        });
    }

    private static CbsReference shipped;

    /** The reference files shipped with this version of the product. */
    public static synchronized CbsReference shipped() {
        if (shipped == null) {
            List<Gemeente> gemeenten = new ArrayList<>();
            for (String file : GEMEENTEN_FILES) {
                gemeenten.addAll(parseGemeenten(file, resource(file)));
            }
            shipped = new CbsReference(gemeenten, parseHerindelingen(resource(HERINDELINGEN_FILE)),
                    parseInwoners(resource(INWONERS_FILE)));
        }
        return shipped;
    }

    public static InputStream resource(String file) {
        InputStream in = CbsReference.class.getResourceAsStream("cbs/" + file);
        if (in == null) throw new IllegalStateException("Missing shipped reference file cbs/" + file);
        return in;
    }

    /** {@code "0518"} and {@code "GM0518"} both mean GM0518; anything else is not a municipality code (null). */
    public static String normaliseCode(String raw) {
        if (raw == null) return null;
        Matcher m = CODE.matcher(raw.strip().toUpperCase(Locale.ROOT));
        return m.matches() ? "GM" + m.group(1) : null;
    }

    /** Known: in any shipped municipality list or merger, current or old. */
    public boolean isKnown(String gmCode) {
        return knownCodes.contains(gmCode);
    }

    public List<Gemeente> gemeenten() {
        return gemeenten;
    }

    /** The municipalities of the latest division. */
    public List<Gemeente> currentGemeenten() {
        int latest = gemeenten.stream().mapToInt(Gemeente::jaar).max().orElseThrow();
        return gemeenten.stream().filter(g -> g.jaar() == latest).sorted(Comparator.comparing(Gemeente::code)).toList();
    }

    public Gemeente currentGemeente(String gmCode) {
        return currentGemeenten().stream().filter(g -> g.code().equals(gmCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekende gemeentecode " + gmCode));
    }

    public List<Herindeling> herindelingen() {
        return herindelingen;
    }

    public List<Inwoners> inwoners() {
        return inwoners;
    }

    /** Inhabitants used for a year: that year's, else the latest earlier year's, else the earliest year's. */
    public long inwoners(String gmCode, int jaar) {
        List<Inwoners> ofGemeente = inwoners.stream().filter(i -> i.code().equals(gmCode))
                .sorted(Comparator.comparingInt(Inwoners::jaar)).toList();
        if (ofGemeente.isEmpty()) throw new IllegalArgumentException("Geen inwonertal voor " + gmCode);
        Inwoners chosen = ofGemeente.get(0);
        for (Inwoners i : ofGemeente) {
            if (i.jaar() <= jaar) chosen = i;
        }
        return chosen.aantal();
    }

    /** The year a municipality list is of, from its file name ({@code gemeenten-alfabetisch-2026.csv}); null if none. */
    public static Integer yearInName(String fileName) {
        Matcher year = YEAR_IN_NAME.matcher(fileName);
        return year.find() ? Integer.valueOf(year.group(1)) : null;
    }

    /**
     * A CBS municipality list ({@code Gemeentecode,GemeentecodeGM,Gemeentenaam,Provinciecode,ProvinciecodePV,Provincienaam}).
     * @throws IllegalArgumentException (Dutch, naming the row) for a file that is not such a list
     */
    public static List<Gemeente> parseGemeenten(String fileName, InputStream in) {
        Integer jaar = yearInName(fileName);
        if (jaar == null) throw new IllegalArgumentException("geen jaartal in de bestandsnaam " + fileName);
        return parse(in, r -> new Gemeente(jaar, code(r, "GemeentecodeGM"), required(r, "Gemeentenaam"),
                required(r, "ProvinciecodePV"), required(r, "Provincienaam")));
    }

    /** @throws IllegalArgumentException (Dutch, naming the row) for a file that is not a list of mergers */
    public static List<Herindeling> parseHerindelingen(InputStream in) {
        return parse(in, r -> new Herindeling(LocalDate.parse(required(r, "ingangsdatum")), code(r, "oud_gm_code"),
                r.get("oud_gemeentenaam"), code(r, "nieuw_gm_code"), r.get("nieuw_gemeentenaam")));
    }

    /** @throws IllegalArgumentException (Dutch, naming the row) for a file that is not a list of inhabitants */
    public static List<Inwoners> parseInwoners(InputStream in) {
        return parse(in, r -> new Inwoners(Integer.parseInt(required(r, "jaar")), code(r, "gemeentecode"),
                Long.parseLong(required(r, "inwoners"))));
    }

    private static <T> List<T> parse(InputStream in, Function<CSVRecord, T> row) {
        List<T> rows = new ArrayList<>();
        for (CSVRecord r : records(in)) {
            try {
                rows.add(row.apply(r));
            } catch (RuntimeException e) {
                // Reference data holds no personal data, but the message stays general: what is wrong, and where.
                String what = e instanceof MissingValue m ? m.getMessage()
                        : e instanceof NumberFormatException ? "een getal is ongeldig"
                        : e instanceof DateTimeParseException ? "een datum is ongeldig (verwacht JJJJ-MM-DD)"
                        : "kolommen ontbreken of kloppen niet met de kopregel";
                throw new IllegalArgumentException("rij " + (r.getRecordNumber() + 1) + ": " + what, e);
            }
        }
        return rows;
    }

    private static String required(CSVRecord r, String column) {
        String value = r.get(column);
        if (value == null || value.isEmpty()) throw new MissingValue("kolom '" + column + "' is leeg");
        return value;
    }

    private static String code(CSVRecord r, String column) {
        String code = normaliseCode(required(r, column));
        if (code == null) throw new MissingValue("kolom '" + column + "' is geen gemeentecode");
        return code;
    }

    private static final class MissingValue extends IllegalArgumentException {
        MissingValue(String message) {
            super(message);
        }
    }

    private static List<CSVRecord> records(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') reader.reset();
            reader.mark(1 << 16);
            String header = reader.readLine();
            reader.reset();
            char delimiter = header != null && header.chars().filter(c -> c == ';').count()
                    > header.chars().filter(c -> c == ',').count() ? ';' : ',';
            return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
