package dev.dockscope.render.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Where a JSON or YAML file is broken, in words a user can act on: " (line 3, column 7)". Jackson's own messages
 * carry parser internals ("StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION disabled", token dumps) and are never shown.
 */
public final class JsonProblem {
    private JsonProblem() {
    }

    public static String where(Exception e) {
        if (e instanceof JsonProcessingException j) {
            JsonLocation l = j.getLocation();
            if (l != null && l.getLineNr() > 0) {
                return " (line " + l.getLineNr() + (l.getColumnNr() > 0 ? ", column " + l.getColumnNr() : "") + ")";
            }
            return "";
        }
        return e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
    }
}
