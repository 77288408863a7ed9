package id.satudata.portal.portal;

import java.util.List;

/** A category column the preview can be filtered by: its values and the chosen one. */
public record FilterSelect(String parameter, String title, List<String> values, String chosen) {
}
