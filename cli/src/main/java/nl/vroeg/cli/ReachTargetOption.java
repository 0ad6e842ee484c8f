package nl.vroeg.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --bereik-doel PCT} of {@code vroeg transform} and {@code vroeg maand}: the reach target gold is computed with. */
final class ReachTargetOption {

    /** A percentage from 0 to 100; a decimal comma is read as a point (42,5 = 42.5). */
    record Percentage(double value) {
    }

    static final class PercentageConverter implements ITypeConverter<Percentage> {
        @Override
        public Percentage convert(String text) {
            double value;
            try {
                value = Double.parseDouble(text.strip().replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                throw new TypeConversionException("geen getal");
            }
            if (!(value >= 0 && value <= 100)) throw new TypeConversionException("buiten 0-100");
            return new Percentage(value);
        }
    }

    @Option(names = "--bereik-doel", paramLabel = "PCT", converter = PercentageConverter.class,
            description = "Het bereikdoel in procenten, 0 tot en met 100 (standaard 40).")
    Percentage target;

    /** The target in percent; null: the transform's default. */
    Double percent() {
        return target == null ? null : target.value();
    }
}
