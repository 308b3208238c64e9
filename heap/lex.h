/*
 * lex.h — the tokenizer of the Python front end (lexer → parser → symtable).
 *
 * It turns a whole source file into CPython 3.11's token stream: NAME (hard
 * keywords get their own kinds), NUMBER, STRING (an f-string is one STRING
 * token, as in 3.11), operators, NEWLINE, INDENT, DEDENT and ENDMARKER, with
 * CPython's positions (1-based lines, 0-based columns in UTF-8 bytes) and
 * CPython's error messages and error locations.
 *
 * The one error record of the whole front end lives here, because the
 * tokenizer is its lowest layer: parse.h and symtable.h fill the same
 * struct, and parse_error_print() prints it as python3 would.
 *
 * Usage:
 *
 *   lex *lx = lex_new(src, len, "prog.py");
 *   lex_token t;
 *   while (lex_next(lx, &t) && t.kind != LEX_ENDMARKER) ...
 *   if (lex_failed(lx)) ... lex_error_of(lx) ...
 *   lex_free(lx);
 */
#ifndef HV_LEX_H
#define HV_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- the error record ---------------------------------------------------- */

enum lex_error_kind {
    LEX_ERR_NONE,           /* no error */
    LEX_ERR_SYNTAX,         /* SyntaxError */
    LEX_ERR_INDENTATION,    /* IndentationError */
    LEX_ERR_TAB,            /* TabError */
    LEX_ERR_UNSUPPORTED,    /* valid Python outside heapviz's subset */
    LEX_ERR_MEMORY,         /* MemoryError: CPython's parser stack limit */
    LEX_ERR_RECURSION       /* RecursionError during compilation */
};

/* An error as CPython's SyntaxError carries it.  line = 0 means "no
 * location" (the exception's lineno is None): only the message is printed. */
typedef struct lex_error {
    enum lex_error_kind kind;
    char *msg;              /* malloc'd message (the exception's msg) */
    char *text;             /* malloc'd offending line as CPython reports it, or NULL */
    int32_t line;           /* SyntaxError.lineno, 1-based; 0: none */
    int32_t col;            /* SyntaxError.offset, 1-based (may be 0 or past the text) */
    int32_t end_line;       /* SyntaxError.end_lineno */
    int32_t end_col;        /* SyntaxError.end_offset (-1 or 0: none) */
} lex_error;

/* Releases the strings of *e and resets it to LEX_ERR_NONE. */
void lex_error_clear(lex_error *e);
/* The exception's type name: "SyntaxError", "IndentationError", ... */
const char *lex_error_type(const lex_error *e);

/* ---- tokens -------------------------------------------------------------- */

/* Operators, in the order of CPython's token.h; the second column is the
 * token's text. */
#define LEX_OPERATORS(X) \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(COLON, ":")           \
    X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*")           \
    X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") X(LESS, "<") X(GREATER, ">")        \
    X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%") X(LBRACE, "{") X(RBRACE, "}")      \
    X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=")  \
    X(TILDE, "~") X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>")      \
    X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") X(STAREQUAL, "*=")  \
    X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=")                \
    X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=")         \
    X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//")     \
    X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=") X(RARROW, "->")       \
    X(ELLIPSIS, "...") X(COLONEQUAL, ":=")

/* Hard keywords (soft ones — match, case, _ — stay NAME). */
#define LEX_KEYWORDS(X) \
    X(FALSE, "False") X(NONE, "None") X(TRUE, "True") X(AND, "and")             \
    X(AS, "as") X(ASSERT, "assert") X(ASYNC, "async") X(AWAIT, "await")          \
    X(BREAK, "break") X(CLASS, "class") X(CONTINUE, "continue") X(DEF, "def")    \
    X(DEL, "del") X(ELIF, "elif") X(ELSE, "else") X(EXCEPT, "except")            \
    X(FINALLY, "finally") X(FOR, "for") X(FROM, "from") X(GLOBAL, "global")      \
    X(IF, "if") X(IMPORT, "import") X(IN, "in") X(IS, "is") X(LAMBDA, "lambda")  \
    X(NONLOCAL, "nonlocal") X(NOT, "not") X(OR, "or") X(PASS, "pass")            \
    X(RAISE, "raise") X(RETURN, "return") X(TRY, "try") X(WHILE, "while")        \
    X(WITH, "with") X(YIELD, "yield")

enum lex_kind {
    LEX_ENDMARKER,
    LEX_NAME,
    LEX_NUMBER,
    LEX_STRING,
    LEX_NEWLINE,
    LEX_INDENT,
    LEX_DEDENT,
    LEX_OP_OTHER,           /* a character no operator starts with: $ ? ! ` */
#define LEX_X(name, text) LEX_##name,
    LEX_OPERATORS(LEX_X)
#define LEX_KW_X(name, text) LEX_KW_##name,
    LEX_KEYWORDS(LEX_KW_X)
#undef LEX_X
#undef LEX_KW_X
    LEX_NKINDS
};

typedef struct lex_token {
    uint8_t kind;           /* enum lex_kind */
    uint8_t nopos;          /* INDENT/DEDENT: CPython gives no column (-1) */
    uint16_t level;         /* open brackets after this token (CPython's tok->level) */
    uint32_t len;           /* bytes of text */
    const char *start;      /* the text, inside the lexer's buffer */
    int32_t line, col;      /* start: 1-based line, 0-based byte column */
    int32_t end_line, end_col; /* end (exclusive column) */
} lex_token;

/* The text of a token kind ("(", "if", "NAME", ...). */
const char *lex_kind_text(int kind);

/* ---- the tokenizer ------------------------------------------------------- */

typedef struct lex lex;

/* A tokenizer over a copy of src[0..len): the file's bytes as read from
 * disk.  `filename` is used in the messages that name the file.  Never
 * returns NULL (host OOM is fatal). */
lex *lex_new(const char *src, size_t len, const char *filename);
void lex_free(lex *lx);
/* Reads the text as UTF-8 declared from line 1, as a tokenizer over a
 * string does (_PyTokenizer_FromUTF8 sets tok->encoding: an f-string
 * field's): no line is checked, a name or a literal that does not decode
 * is the error.  Call before the first lex_next. */
void lex_declare_utf8(lex *lx);

/* The next token into *t.  Returns false once an error happened (the error
 * is in lex_error_of); every later call fails the same way. */
bool lex_next(lex *lx, lex_token *t);
bool lex_failed(const lex *lx);
const lex_error *lex_error_of(const lex *lx);
/* Moves the error out of the lexer into *dst (which must be clear). */
void lex_take_error(lex *lx, lex_error *dst);

/* Facts the parser needs to report its own errors as CPython does. */
typedef struct lex_brackets {
    int depth;              /* open brackets */
    char kind;              /* the innermost: '(', '[' or '{' */
    int32_t line, col;      /* where it was opened (0-based byte column) */
} lex_brackets;
void lex_open_brackets(const lex *lx, lex_brackets *b);
/* True when the tokenizer failed at the end of the file with brackets
 * still open ("'(' was never closed"). */
bool lex_unclosed(const lex *lx);
/* True when the error is one CPython's tokenizer sets itself (invalid
 * character, unterminated string, bad number, bracket mismatch, bad
 * UTF-8), not one its parser makes from an error code (indentation, tabs,
 * continuation, end of file): only the former replace an earlier parser
 * error (see parse.c, finish_errors). */
bool lex_raised(const lex *lx);
/* The tokenizer's position (CPython's tok->lineno and tok->cur minus
 * tok->line_start), i.e. just past the last token read. */
void lex_position(const lex *lx, int32_t *line, int32_t *col);
/* The file's text as io.open with its encoding reads it (latin-1 made
 * UTF-8, newlines made LF, a BOM kept): *len bytes, owned by lx. */
const char *lex_text(const lex *lx, size_t *len);
/* How many lines of it io's readline gives before a decode error stops it
 * (a file that declared UTF-8 holding other bytes: in comments, say), or
 * -1 when the whole file decodes. */
int32_t lex_readable_lines(const lex *lx);
/* True when the file declared its encoding (BOM or coding cookie): CPython
 * then reports parser error columns in characters, not bytes. */
bool lex_encoding_declared(const lex *lx);
/* The text of physical line `line` as CPython re-reads it from the file for
 * an error message (malloc'd; NULL when there is no such line). */
char *lex_file_line(const lex *lx, int32_t line);
/* The same as PyErr_ProgramTextObject reads it for the compiler's and the
 * symbol table's errors: the file's bytes decoded strictly as UTF-8,
 * whatever the file declared (malloc'd; NULL when there is no such line
 * or it does not decode: the report then shows none). */
char *lex_program_text(const lex *lx, int32_t line);
/* Completes an error CPython raises from its parser: e->line, e->col and
 * e->end_col are set, the columns 1-based in bytes; sets e->text to the
 * line as CPython re-reads it and converts the columns to characters when
 * the encoding was declared (CPython's _PyPegen_raise_error_known_location). */
void lex_locate(const lex *lx, lex_error *e);
/* Physical line `line` of the file, without its newline and stripped of
 * blanks at both ends, as the warnings module shows it (malloc'd; "" when
 * there is no such line). */
char *lex_source_line(const lex *lx, int32_t line);
/* Number of characters in the first `nbytes` bytes of s as UTF-8 decoded
 * with errors="replace" (what each decode error covers counts as one). */
int32_t lex_char_count(const char *s, size_t nbytes);
/* PyUnicode_DecodeUTF8's error for s[0..n) as the parser reports it:
 * "(unicode error) 'utf-8' codec can't decode byte 0x.. in position N: why"
 * (or "bytes in position N-M" when the error covers more than one byte),
 * the position counted from s (malloc'd), or NULL when s decodes. */
char *lex_utf8_error(const char *s, size_t n);

/* str.isprintable() for one code point (exact for ASCII; for the rest an
 * approximation: controls, format characters, separators, surrogates and
 * private use are not printable). */
bool lex_printable(uint32_t cp);

/* A SyntaxWarning CPython prints while compiling, e.g. "invalid decimal
 * literal" for `1if x else y` (the front end's warnings share this type). */
typedef struct lex_warning {
    int32_t line;           /* where */
    char *msg;              /* malloc'd message */
    char *text;             /* malloc'd source line, stripped, as the warnings module shows it */
    const void *node;       /* the AST node whose codegen warns (symtable.c), or NULL */
} lex_warning;
size_t lex_warning_count(const lex *lx);
/* Frees n warnings (their texts) and the array itself.  Cannot fail. */
void lex_warnings_free(lex_warning *w, size_t n);
const lex_warning *lex_warning_at(const lex *lx, size_t i);

#endif
