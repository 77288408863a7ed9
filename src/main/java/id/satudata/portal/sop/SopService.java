package id.satudata.portal.sop;

import id.satudata.portal.base.error.NotFoundException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * The SOP templates. They are reference data that only migrations change, so they are
 * read once and kept; anyone may read them (the SOPs are public documents).
 */
@Service
public class SopService {

    private final Supplier<List<SopTemplate>> templates;

    SopService(SopTemplateRepository repository) {
        this.templates = new Memo<>(repository::findAll);
    }

    public List<SopTemplate> templates() {
        return templates.get();
    }

    public SopTemplate template(String code) {
        return templates().stream()
            .filter(t -> t.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("sop-template", code));
    }

    public SopTemplate defaultTemplate() {
        return templates().stream()
            .filter(SopTemplate::isDefault)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No default SOP template"));
    }

    /** Computes a value once, on first use (after the migrations have run). */
    private static final class Memo<T> implements Supplier<T> {

        private final Supplier<T> source;

        private volatile @org.jspecify.annotations.Nullable T value;

        Memo(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    if (value == null) {
                        value = source.get();
                    }
                    v = value;
                }
            }
            return v;
        }

    }

}
