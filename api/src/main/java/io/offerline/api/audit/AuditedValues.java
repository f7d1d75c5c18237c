package io.offerline.api.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An entity (a domain record or a fetcher's map) as the field values its audit entry compares. */
final class AuditedValues {

    private AuditedValues() {
    }

    /** Top-level fields by name; nested values as their text. A list's elements are numbered: {@code 0.clickId}. */
    static Map<String, String> of(Object entity) {
        Map<String, String> values = new HashMap<>();
        if (entity instanceof List<?> list) {
            for (int index = 0; index < list.size(); index++) {
                String prefix = index + ".";
                of(list.get(index)).forEach((field, value) -> values.put(prefix + field, value));
            }
        } else if (entity instanceof Map<?, ?> map) {
            map.forEach((field, value) -> values.put(String.valueOf(field), text(value)));
        } else if (entity instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                values.put(component.getName(), text(read(record, component)));
            }
        } else if (entity != null) {
            values.put("value", entity.toString());
        }
        return values;
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a record's public accessor " + component.getName() + " can be called", e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
