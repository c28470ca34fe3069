package dev.mizan.ir.kdl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Entry points: parse KDL 2 text, print a document canonically. */
public final class Kdl {

    private Kdl() {}

    /**
     * Parses a KDL 2 document.
     *
     * @throws KdlException when the text is not valid KDL 2, naming the line and column
     */
    public static KdlDocument parse(String text) {
        return new KdlParser(text).parse();
    }

    /**
     * Parses a UTF-8 encoded KDL 2 document.
     *
     * @throws KdlException when the bytes are not UTF-8 or not valid KDL 2
     */
    public static KdlDocument parse(byte[] utf8) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new KdlException("the document is not valid UTF-8", new KdlPosition(1, 1));
        }
        return parse(text);
    }

    /**
     * Prints a document canonically: 4-space indent, {@code \n} line ends, a final newline,
     * bare strings where allowed, properties sorted by key, no comments, no empty child blocks; an empty document prints as a single newline.
     */
    public static String print(KdlDocument document) {
        return new KdlPrinter().print(document);
    }
}
