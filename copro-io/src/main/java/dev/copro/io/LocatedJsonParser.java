package dev.copro.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Jackson's parser of characters, telling the line and column of its current token without
 * allocating a {@link com.fasterxml.jackson.core.JsonLocation} per token: the tree builder asks for
 * the position of every token, and a location object per token was a tenth of the time of reading.
 * The numbers are exactly those of {@link #currentTokenLocation()}.
 */
final class LocatedJsonParser extends ReaderBasedJsonParser {

  private LocatedJsonParser(IOContext context, int features, Reader in, @Nullable ObjectCodec codec,
      CharsToNameCanonicalizer names) {
    super(context, features, in, codec, names);
  }

  private LocatedJsonParser(IOContext context, int features, @Nullable ObjectCodec codec,
      CharsToNameCanonicalizer names, char[] text, int start, int end, boolean recyclable) {
    super(context, features, null, codec, names, text, start, end, recyclable);
  }

  /** The 1-based line of the current token: {@code currentTokenLocation().getLineNr()}. */
  int tokenLine() {
    // currentTokenLocation() places a field name where its quote opened, other tokens where they began.
    return _currToken == JsonToken.FIELD_NAME ? _nameStartRow : _tokenInputRow;
  }

  /** The 1-based column of the current token: {@code currentTokenLocation().getColumnNr()}. */
  int tokenColumn() {
    return _currToken == JsonToken.FIELD_NAME ? _nameStartCol : _tokenInputCol;
  }

  /**
   * The text of the current string or number, as {@link #getText()} gives it, taken from
   * {@code strings} when it is short: the same checks run, on the parser's own buffer.
   */
  String text(SharedStrings strings) throws IOException {
    if (_currToken == JsonToken.VALUE_STRING && _tokenIncomplete) {
      // What getText() and getTextLength() do first: read the rest of the string, checking it.
      _tokenIncomplete = false;
      _finishString();
    }
    int length = _textBuffer.size();
    if (length > SharedStrings.MAX_LENGTH) {
      return getText();
    }
    return strings.of(_textBuffer.getTextBuffer(), _textBuffer.getTextOffset(), length);
  }

  /** A JSON factory whose parsers of characters (from a reader or a string) are {@link LocatedJsonParser}s. */
  static final class Factory extends JsonFactory {
    private static final long serialVersionUID = 1L;

    Factory(JsonFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected JsonParser _createParser(Reader in, IOContext context) {
      return new LocatedJsonParser(context, _parserFeatures, in, _objectCodec, _rootCharSymbols.makeChild());
    }

    @Override
    protected JsonParser _createParser(char[] text, int offset, int length, IOContext context, boolean recyclable) {
      return new LocatedJsonParser(context, _parserFeatures, _objectCodec, _rootCharSymbols.makeChild(), text, offset,
          offset + length, recyclable);
    }
  }
}
