package nl.vroeg.dashboards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;

/** What all pages of one site share: the day it was made, and the JSON writer of the data files. */
record SiteContext(LocalDate generatedOn, ObjectMapper mapper) {

    SiteContext(LocalDate generatedOn) {
        this(generatedOn, new ObjectMapper());
    }

    /** JSON is a JavaScript expression, so a data file is "window.X = " + this + ";". */
    String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
