package nl.vroeg.lake.published;

/**
 * A small (X)HTML writer: elements are closed and text is escaped, so the PDF renderer's XML parser accepts it and
 * every value from the data reaches a browser as text, never as markup.
 */
public final class Html {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    public static String escape(String text) {
        if (text == null) return "";
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** Opens an element; attributes as name, value pairs. */
    public Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with text only. */
    public Html el(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    public Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup made elsewhere (an SVG chart). */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
