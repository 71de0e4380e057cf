package org.jobmatch.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A chunk's ranked options and its allocation as stored in the ledger (binary: ids as UTF-8, scores and distances
 * as doubles, so every instance allocates and writes from exactly the same numbers).
 */
final class OptionsCodec {

    /** A ranked option as stored: the vacancy, its score and distance for the person. */
    record StoredOption(String vacancyId, double score, double distanceKm) {
    }

    /** A person's options, best first; null when they could not be ranked (gone from the ledger, or it failed). */
    record Ranked(String personId, List<StoredOption> options) {

        boolean failed() {
            return options == null;
        }
    }

    /**
     * A person's allocation: indices into their stored options, in rank order; the score given up against their
     * uncapped picks; whether a vacancy of theirs ended over its cap; how many options were held back as recent.
     */
    record Chosen(String personId, int[] options, double scoreGivenUp, boolean capRelaxed, int withheld) {
    }

    private OptionsCodec() {
    }

    static byte[] ranked(List<Ranked> persons) {
        return write(out -> {
            out.writeInt(persons.size());
            for (Ranked person : persons) {
                out.writeUTF(person.personId());
                if (person.failed()) {
                    out.writeShort(-1);
                    continue;
                }
                out.writeShort(person.options().size());
                for (StoredOption option : person.options()) {
                    out.writeUTF(option.vacancyId());
                    out.writeDouble(option.score());
                    out.writeDouble(option.distanceKm());
                }
            }
        });
    }

    static List<Ranked> ranked(byte[] bytes) {
        return read(bytes, in -> {
            int n = in.readInt();
            List<Ranked> persons = new ArrayList<>(n);
            for (int p = 0; p < n; p++) {
                String id = in.readUTF();
                int count = in.readShort();
                if (count < 0) {
                    persons.add(new Ranked(id, null));
                    continue;
                }
                List<StoredOption> options = new ArrayList<>(count);
                for (int o = 0; o < count; o++) {
                    options.add(new StoredOption(in.readUTF(), in.readDouble(), in.readDouble()));
                }
                persons.add(new Ranked(id, options));
            }
            return persons;
        });
    }

    static byte[] chosen(List<Chosen> persons) {
        return write(out -> {
            out.writeInt(persons.size());
            for (Chosen person : persons) {
                out.writeUTF(person.personId());
                out.writeByte(person.options().length);
                for (int option : person.options()) {
                    out.writeShort(option);
                }
                out.writeDouble(person.scoreGivenUp());
                out.writeBoolean(person.capRelaxed());
                out.writeShort(person.withheld());
            }
        });
    }

    static List<Chosen> chosen(byte[] bytes) {
        return read(bytes, in -> {
            int n = in.readInt();
            List<Chosen> persons = new ArrayList<>(n);
            for (int p = 0; p < n; p++) {
                String id = in.readUTF();
                int[] options = new int[in.readByte()];
                for (int o = 0; o < options.length; o++) {
                    options[o] = in.readShort();
                }
                persons.add(new Chosen(id, options, in.readDouble(), in.readBoolean(), in.readShort()));
            }
            return persons;
        });
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(byte[] bytes, Reader<T> reader) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
