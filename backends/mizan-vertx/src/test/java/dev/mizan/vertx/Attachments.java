package dev.mizan.vertx;

import dev.mizan.core.Client;
import dev.mizan.core.upload.Upload;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A function that takes an upload and reports what arrived. */
public class Attachments {

    /** What one upload held. */
    public record Seen(String note, String filename, long size, String sha256) {}

    /** Reads the uploaded file back from its temporary file. */
    @Client
    public Seen attach(Upload file, String note) throws IOException, NoSuchAlgorithmException {
        byte[] content = Files.readAllBytes(file.path());
        String digest =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        return new Seen(note, file.safeName(), file.size(), digest);
    }
}
