/* parser.y -- bison grammar for Flink SQL scripts (the Flink releases of
 * include/sqlcheck/version.h).
 *
 * A pure parser that pulls tokens from yylex() in src/parse.c (the lexer
 * behind a small token filter). The build generates it twice: yyparse with
 * LAC for exact error messages, yyparse_fast without it (see the driver in
 * parse.c). Actions only build AST nodes (see ast_kinds.def for
 * the slots of each kind); checking is done by later passes. Keyword tokens
 * are declared as `%token KW_WORD "WORD"`; the build derives the lexer's
 * keyword map from those lines. Non-reserved keywords are also names (see
 * `nonreserved`); reserved words that the grammar does not name arrive as
 * RESERVED_WORD, callable as functions but never names.
 */
%code requires {
#include "sqlcheck/ast.h"
struct parse_ctx;
}

%code {
#include "parse_ctx.h"
#include "sqlcheck/keywords.h"
#include "sqlcheck/util.h"

#include <stdlib.h>
#include <string.h>

#define YYLLOC_DEFAULT(Cur, Rhs, N)                                     \
    do {                                                                \
        if (N) {                                                        \
            (Cur).start = YYRHSLOC(Rhs, 1).start;                       \
            (Cur).end = YYRHSLOC(Rhs, N).end;                           \
        } else {                                                        \
            (Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end;             \
        }                                                               \
    } while (0)

static struct node *mkn(struct parse_ctx *ctx, enum node_kind k,
                        struct span sp, size_t n, struct node *const *kids)
{
    struct node *x = mk(ctx, k, sp);
    size_t slots = (size_t)ast_kid_count(k);
    for (size_t i = 0; i < n; i++) {
        if (i < slots)
            x->kid[i] = kids[i];
        else if (kids[i])
            abort();    /* a grammar action gives a kind more kids than it has */
    }
    return x;
}
#define MK(K, sp, ...)                                                  \
    mkn(ctx, N_##K, (sp),                                               \
        sizeof((struct node *[]){__VA_ARGS__}) / sizeof(struct node *), \
        (struct node *[]){__VA_ARGS__})
#define MK0(K, sp) mk(ctx, N_##K, (sp))
#define LIST(l, sp) mk_list(ctx, (l), (sp))
#define ID(sp) mk_ident(ctx, (sp))

static struct node *flag(struct node *n, uint32_t f)
{
    if (n)
        n->flags |= f;
    return n;
}
static struct node *with_sub(struct node *n, int sub)
{
    n->sub = sub;
    return n;
}
/* Lists being built are rings: the value is the last node, whose next is
 * the first. One pointer keeps the parser's value stack one word wide
 * (a two-word value was copied through memory on every reduction). */
static struct node *none(void)
{
    return NULL;
}
static struct node *add(struct node *ring, struct node *n)
{
    if (!n)
        return ring;
    if (!ring) {
        n->next = n;
    } else {
        n->next = ring->next;
        ring->next = n;
    }
    return n;
}
static struct node *one(struct node *n)
{
    return add(NULL, n);
}
/* The elements of ring b after those of ring a. */
static struct node *concat(struct node *a, struct node *b)
{
    if (!a || !b)
        return a ? a : b;
    struct node *first = a->next;
    a->next = b->next;
    b->next = first;
    return b;
}
/* The first node of a ring, which becomes a NULL-terminated chain. */
static struct node *first(struct node *ring)
{
    if (!ring)
        return NULL;
    struct node *head = ring->next;
    ring->next = NULL;
    return head;
}
static struct node *lit(struct parse_ctx *ctx, int kind, struct span sp)
{
    return with_sub(MK0(LITERAL, sp), kind);
}
static struct node *text(struct node *n, const char *t)
{
    n->text = t;
    return n;
}

static void yyerror(struct span *loc, struct parse_ctx *ctx, const char *msg);
}

%code provides {
/* The token source both generated parsers pull from (src/parse.c). */
int yylex(YYSTYPE *lval, struct span *lloc, struct parse_ctx *ctx);
}

%define api.pure full
%define api.token.prefix {TK_}
%define api.location.type {struct span}
%define parse.error custom
%define parse.lac full
%locations
%expect 0
%param {struct parse_ctx *ctx}

%union {
    struct node *n;
    struct node *l;             /* a ring: see add() */
    uint32_t f;
    int i;
}

/*---- Tokens ---------------------------------------------------------------*/
%token IDENT "identifier"
%token STRING "string literal"
%token USTRING "Unicode string literal"
%token XSTRING "binary string literal"
%token INTEGER "integer"
%token DECIMAL "decimal number"
%token APPROX "number"
%token RESERVED_WORD "reserved word"
%token LE "'<='" GE "'>='" NE "'<>'" CONCAT "'||'" ARROW "'=>'"
%token LAMBDA "'->'" SHL "'<<'"
%token HINT_BEG "'/*+'" HINT_END "'*/'"
%token PAT_EXCL_BEG "'{-'" PAT_EXCL_END "'-}'"
%token BETWEEN_AND "'AND'"
%token POSITION_IN "'IN'"
%token LEGACY_SET "SET statement"
%token LEGACY_RESET "RESET statement"
%token CLIENT_CMD "client command"
%token HIVE_STMT "Hive-dialect statement"

/* Reserved keywords the grammar uses (never names). */
%token KW_ALL "ALL"
%token KW_ALLOW "ALLOW"
%token KW_ALTER "ALTER"
%token KW_AND "AND"
%token KW_ANY "ANY"
%token KW_ARRAY "ARRAY"
%token KW_AS "AS"
%token KW_ASYMMETRIC "ASYMMETRIC"
%token KW_BEGIN "BEGIN"
%token KW_BETWEEN "BETWEEN"
%token KW_BIGINT "BIGINT"
%token KW_BINARY "BINARY"
%token KW_BOOLEAN "BOOLEAN"
%token KW_BOTH "BOTH"
%token KW_BY "BY"
%token KW_BYTES "BYTES"
%token KW_CALL "CALL"
%token KW_CASE "CASE"
%token KW_CAST "CAST"
%token KW_CATALOGS "CATALOGS"
%token KW_CEIL "CEIL"
%token KW_CEILING "CEILING"
%token KW_CHAR "CHAR"
%token KW_CHARACTER "CHARACTER"
%token KW_COMMENT "COMMENT"
%token KW_CONSTRAINT "CONSTRAINT"
%token KW_CREATE "CREATE"
%token KW_CROSS "CROSS"
%token KW_CUBE "CUBE"
%token KW_CURRENT "CURRENT"
%token KW_CURSOR "CURSOR"
%token KW_CONVERT "CONVERT"
%token KW_STREAM "STREAM"
%token KW_SPECIFIC "SPECIFIC"
%token KW_CURRENT_CATALOG "CURRENT_CATALOG"
%token KW_CURRENT_DATE "CURRENT_DATE"
%token KW_CURRENT_PATH "CURRENT_PATH"
%token KW_CURRENT_ROLE "CURRENT_ROLE"
%token KW_CURRENT_SCHEMA "CURRENT_SCHEMA"
%token KW_CURRENT_TIME "CURRENT_TIME"
%token KW_CURRENT_TIMESTAMP "CURRENT_TIMESTAMP"
%token KW_CURRENT_USER "CURRENT_USER"
%token KW_DATABASES "DATABASES"
%token KW_DATE "DATE"
%token KW_DAY "DAY"
%token KW_DEC "DEC"
%token KW_DECIMAL "DECIMAL"
%token KW_DEFAULT "DEFAULT"
%token KW_DEFINE "DEFINE"
%token KW_DELETE "DELETE"
%token KW_DESCRIBE "DESCRIBE"
%token KW_DISALLOW "DISALLOW"
%token KW_DISTINCT "DISTINCT"
%token KW_DOUBLE "DOUBLE"
%token KW_DROP "DROP"
%token KW_ELSE "ELSE"
%token KW_EMPTY "EMPTY"
%token KW_END "END"
%token KW_ESCAPE "ESCAPE"
%token KW_EXCEPT "EXCEPT"
%token KW_EXECUTE "EXECUTE"
%token KW_EXISTS "EXISTS"
%token KW_EXPLAIN "EXPLAIN"
%token KW_EXTENDED "EXTENDED"
%token KW_EXTRACT "EXTRACT"
%token KW_FALSE "FALSE"
%token KW_FETCH "FETCH"
%token KW_FILTER "FILTER"
%token KW_FLOAT "FLOAT"
%token KW_FLOOR "FLOOR"
%token KW_FOR "FOR"
%token KW_FROM "FROM"
%token KW_FULL "FULL"
%token KW_FUNCTION "FUNCTION"
%token KW_FUNCTIONS "FUNCTIONS"
%token KW_GROUP "GROUP"
%token KW_GROUPING "GROUPING"
%token KW_HAVING "HAVING"
%token KW_HOUR "HOUR"
%token KW_IN "IN"
%token KW_INNER "INNER"
%token KW_INSERT "INSERT"
%token KW_INT "INT"
%token KW_INTEGER "INTEGER"
%token KW_INTERSECT "INTERSECT"
%token KW_INTERVAL "INTERVAL"
%token KW_INTO "INTO"
%token KW_IS "IS"
%token KW_JOIN "JOIN"
%token KW_JSON_ARRAY "JSON_ARRAY"
%token KW_JSON_ARRAYAGG "JSON_ARRAYAGG"
%token KW_JSON_EXISTS "JSON_EXISTS"
%token KW_JSON_OBJECT "JSON_OBJECT"
%token KW_JSON_OBJECTAGG "JSON_OBJECTAGG"
%token KW_JSON_QUERY "JSON_QUERY"
%token KW_JSON_VALUE "JSON_VALUE"
%token KW_LANGUAGE "LANGUAGE"
%token KW_LATERAL "LATERAL"
%token KW_LEADING "LEADING"
%token KW_LEFT "LEFT"
%token KW_LIKE "LIKE"
%token KW_LIMIT "LIMIT"
%token KW_LOCAL "LOCAL"
%token KW_LOCALTIME "LOCALTIME"
%token KW_LOCALTIMESTAMP "LOCALTIMESTAMP"
%token KW_MATCH "MATCH"
%token KW_MATCH_RECOGNIZE "MATCH_RECOGNIZE"
%token KW_MEASURES "MEASURES"
%token KW_MEMBER "MEMBER"
%token KW_MINUTE "MINUTE"
%token KW_MODULES "MODULES"
%token KW_MODULE "MODULE"
%token KW_MONTH "MONTH"
%token KW_MULTISET "MULTISET"
%token KW_NATURAL "NATURAL"
%token KW_NEXT "NEXT"
%token KW_NOT "NOT"
%token KW_NULL "NULL"
%token KW_NUMERIC "NUMERIC"
%token KW_OF "OF"
%token KW_OFFSET "OFFSET"
%token KW_ON "ON"
%token KW_ONE "ONE"
%token KW_ONLY "ONLY"
%token KW_OR "OR"
%token KW_ORDER "ORDER"
%token KW_OUTER "OUTER"
%token KW_OVER "OVER"
%token KW_OVERLAPS "OVERLAPS"
%token KW_OVERLAY "OVERLAY"
%token KW_PARTITION "PARTITION"
%token KW_PATTERN "PATTERN"
%token KW_PER "PER"
%token KW_PERMUTE "PERMUTE"
%token KW_POSITION "POSITION"
%token KW_PRECISION "PRECISION"
%token KW_PRIMARY "PRIMARY"
%token KW_RANGE "RANGE"
%token KW_RAW "RAW"
%token KW_REAL "REAL"
%token KW_RECURSIVE "RECURSIVE"
%token KW_RENAME "RENAME"
%token KW_RESET "RESET"
%token KW_RIGHT "RIGHT"
%token KW_ROLLUP "ROLLUP"
%token KW_ROW "ROW"
%token KW_ROWS "ROWS"
%token KW_RUNNING "RUNNING"
%token KW_SAVEPOINT "SAVEPOINT"
%token KW_SCALA "SCALA"
%token KW_SECOND "SECOND"
%token KW_SELECT "SELECT"
%token KW_SESSION_USER "SESSION_USER"
%token KW_SET "SET"
%token KW_SHOW "SHOW"
%token KW_SIMILAR "SIMILAR"
%token KW_SKIP "SKIP"
%token KW_SMALLINT "SMALLINT"
%token KW_SOME "SOME"
%token KW_SQL "SQL"
%token KW_STATEMENT "STATEMENT"
%token KW_STRING "STRING"
%token KW_SUBMULTISET "SUBMULTISET"
%token KW_SUBSET "SUBSET"
%token KW_SUBSTRING "SUBSTRING"
%token KW_SYMMETRIC "SYMMETRIC"
%token KW_SYSTEM "SYSTEM"
%token KW_SYSTEM_TIME "SYSTEM_TIME"
%token KW_SYSTEM_USER "SYSTEM_USER"
%token KW_TABLE "TABLE"
%token KW_TABLES "TABLES"
%token KW_TABLESAMPLE "TABLESAMPLE"
%token KW_THEN "THEN"
%token KW_TIME "TIME"
%token KW_TIMESTAMP "TIMESTAMP"
%token KW_TIMESTAMP_LTZ "TIMESTAMP_LTZ"
%token KW_TINYINT "TINYINT"
%token KW_TO "TO"
%token KW_TRAILING "TRAILING"
%token KW_TRANSLATE "TRANSLATE"
%token KW_TRIM "TRIM"
%token KW_TRUE "TRUE"
%token KW_TRUNCATE "TRUNCATE"
%token KW_UESCAPE "UESCAPE"
%token KW_UNION "UNION"
%token KW_UNIQUE "UNIQUE"
%token KW_UNKNOWN "UNKNOWN"
%token KW_UNNEST "UNNEST"
%token KW_UPDATE "UPDATE"
%token KW_UPSERT "UPSERT"
%token KW_USE "USE"
%token KW_USER "USER"
%token KW_USING "USING"
%token KW_VALUE "VALUE"
%token KW_VALUES "VALUES"
%token KW_VARBINARY "VARBINARY"
%token KW_VARCHAR "VARCHAR"
%token KW_VARYING "VARYING"
%token KW_VIEWS "VIEWS"
%token KW_WATERMARK "WATERMARK"
%token KW_WATERMARKS "WATERMARKS"
%token KW_WHEN "WHEN"
%token KW_WHERE "WHERE"
%token KW_WINDOW "WINDOW"
%token KW_WITH "WITH"
%token KW_WITHIN "WITHIN"
%token KW_WITHOUT "WITHOUT"
%token KW_YEAR "YEAR"

/* Non-reserved keywords the grammar uses (also names; see nonreserved). */
%token KW_ABSENT "ABSENT"
%token KW_ADD "ADD"
%token KW_AFTER "AFTER"
%token KW_ANALYZE "ANALYZE"
%token KW_ARTIFACT "ARTIFACT"
%token KW_ASC "ASC"
%token KW_BUCKETS "BUCKETS"
%token KW_CASCADE "CASCADE"
%token KW_CATALOG "CATALOG"
%token KW_CHANGELOG_MODE "CHANGELOG_MODE"
%token KW_COLUMNS "COLUMNS"
%token KW_COMPILE "COMPILE"
%token KW_COMPUTE "COMPUTE"
%token KW_CONDITIONAL "CONDITIONAL"
%token KW_CONFLICT "CONFLICT"
%token KW_CONNECTION "CONNECTION"
%token KW_CONNECTIONS "CONNECTIONS"
%token KW_CONSTRAINTS "CONSTRAINTS"
%token KW_CONTINUOUS "CONTINUOUS"
%token KW_DATABASE "DATABASE"
%token KW_DESC "DESC"
%token KW_DEDUPLICATE "DEDUPLICATE"
%token KW_DESCRIPTOR "DESCRIPTOR"
%token KW_DISTRIBUTED "DISTRIBUTED"
%token KW_DISTRIBUTION "DISTRIBUTION"
%token KW_DO "DO"
%token KW_DRAIN "DRAIN"
%token KW_ENFORCED "ENFORCED"
%token KW_ERROR "ERROR"
%token KW_ESTIMATED_COST "ESTIMATED_COST"
%token KW_EXCLUDE "EXCLUDE"
%token KW_EXCLUDING "EXCLUDING"
%token KW_FINAL "FINAL"
%token KW_FIRST "FIRST"
%token KW_FOLLOWING "FOLLOWING"
%token KW_COMPACT "COMPACT"
%token KW_FRESHNESS "FRESHNESS"
%token KW_GENERATED "GENERATED"
%token KW_HASH "HASH"
%token KW_IF "IF"
%token KW_IGNORE "IGNORE"
%token KW_ILIKE "ILIKE"
%token KW_INCLUDING "INCLUDING"
%token KW_INPUT "INPUT"
%token KW_JAR "JAR"
%token KW_JARS "JARS"
%token KW_JOB "JOB"
%token KW_JOBS "JOBS"
%token KW_JSON "JSON"
%token KW_JSON_EXECUTION_PLAN "JSON_EXECUTION_PLAN"
%token KW_KEY "KEY"
%token KW_LAST "LAST"
%token KW_LOAD "LOAD"
%token KW_MAP "MAP"
%token KW_MATERIALIZED "MATERIALIZED"
%token KW_METADATA "METADATA"
%token KW_MODEL "MODEL"
%token KW_MODELS "MODELS"
%token KW_MODIFY "MODIFY"
%token KW_NOTHING "NOTHING"
%token KW_NULLS "NULLS"
%token KW_OBJECT "OBJECT"
%token KW_OPTIONS "OPTIONS"
%token KW_ORDINALITY "ORDINALITY"
%token KW_OTHERS "OTHERS"
%token KW_OUTPUT "OUTPUT"
%token KW_OVERWRITE "OVERWRITE"
%token KW_OVERWRITING "OVERWRITING"
%token KW_PARTIAL "PARTIAL"
%token KW_PARTITIONED "PARTITIONED"
%token KW_PARTITIONS "PARTITIONS"
%token KW_PAST "PAST"
%token KW_PLACING "PLACING"
%token KW_PLAN "PLAN"
%token KW_PLAN_ADVICE "PLAN_ADVICE"
%token KW_PRECEDING "PRECEDING"
%token KW_PROCEDURES "PROCEDURES"
%token KW_REFRESH "REFRESH"
%token KW_REFRESH_MODE "REFRESH_MODE"
%token KW_REMOVE "REMOVE"
%token KW_REPLACE "REPLACE"
%token KW_RESPECT "RESPECT"
%token KW_RESTRICT "RESTRICT"
%token KW_RESUME "RESUME"
%token KW_RETURNING "RETURNING"
%token KW_RLIKE "RLIKE"
%token KW_SCALAR "SCALAR"
%token KW_SETS "SETS"
%token KW_START_MODE "START_MODE"
%token KW_STATISTICS "STATISTICS"
%token KW_STOP "STOP"
%token KW_STRUCTURED "STRUCTURED"
%token KW_SUSPEND "SUSPEND"
%token KW_TEMPORARY "TEMPORARY"
%token KW_TIES "TIES"
%token KW_TIMESTAMPADD "TIMESTAMPADD"
%token KW_TIMESTAMPDIFF "TIMESTAMPDIFF"
%token KW_TRY_CAST "TRY_CAST"
%token KW_UNBOUNDED "UNBOUNDED"
%token KW_UNCONDITIONAL "UNCONDITIONAL"
%token KW_UNLOAD "UNLOAD"
%token KW_VARIANT "VARIANT"
%token KW_VIEW "VIEW"
%token KW_VIRTUAL "VIRTUAL"
%token KW_WRAPPER "WRAPPER"
%token KW_ZONE "ZONE"
%token KW_QUALIFY "QUALIFY"

/*---- Precedence (lowest first) --------------------------------------------*/
%precedence LOW
%precedence KW_MAP KW_TRY_CAST KW_MODEL KW_KEY KW_TIMESTAMPADD KW_TIMESTAMPDIFF
%precedence KW_QUALIFY KW_IGNORE KW_RESPECT KW_FINAL KW_UNBOUNDED
%precedence PREFER_CLAUSE
%precedence KW_PRECEDING KW_FOLLOWING KW_VALUE KW_OBJECT KW_SCALAR ','
%left KW_UNION KW_EXCEPT
%left KW_INTERSECT
%left KW_OR
%left KW_AND
%right KW_NOT
%nonassoc KW_IS
%left '=' '<' '>' LE GE NE
%left KW_BETWEEN KW_IN KW_LIKE KW_ILIKE KW_RLIKE KW_SIMILAR
      KW_MEMBER KW_SUBMULTISET KW_OVERLAPS
%precedence KW_ESCAPE
%left CONCAT
%left '+' '-' '|' '&' '^' SHL
%left '*' '/' '%'
%precedence UMINUS
%precedence '[' '.'
%precedence KW_TO
%precedence '('

%type <n> stmt query_stmt insert_stmt create_stmt alter_stmt drop_stmt
%type <n> show_stmt describe_stmt use_stmt set_stmt misc_stmt explain_stmt
%type <n> execute_stmt statement_set explainable compile_target set_member
%type <n> name path string comment_opt ident_list_paren name_opt
%type <n> window_partition_opt
%type <n> props with_props_opt prop partition_spec partition_spec_opt
%type <n> on_conflict_opt conflict_action
%type <n> table_elements_opt table_element column_def typed_column constraint_def
%type <n> watermark_def col_constraint_opt distribution distribution_opt
%type <n> dist_body partitioned_opt like_clause like_opt like_options_opt
%type <n> type type_base type_common type_nn type_field interval_qualifier unit_word
%type <n> precision_opt named_field
%type <n> query query_np set_expr set_np set_primary simple_query select
%type <n> with_clause cte order_by_opt order_item limit_tail
%type <n> from_opt where_opt group_by_opt having_opt window_opt qualify_opt
%type <n> from_item table_ref table_primary alias alias_opt join_cond
%type <n> table_hints_opt hints hint hint_item period_opt
%type <n> match_recognize mr_clause pattern pattern_term pattern_factor
%type <n> pattern_primary
%type <n> group_item window_def window_spec window_ref frame_opt frame_bound
%type <n> select_item expr primary literal call call_tail_over func_name
%type <n> arg special_call json_kv json_on_null_opt
%type <n> json_behavior json_q_behavior case_expr when
%type <n> typed_literal interval_literal niladic values_query
%type <n> schema_item schema_items_paren col_position_opt
%type <n> mt_option start_mode_value lang_opt using_opt func_using
%type <n> create_table_tail ctas_query_opt explain_details_opt
%type <n> alter_table_action alter_simple_action partition_item
%type <n> like_pattern_opt show_from_opt assignment
%type <l> path_parts ident_list prop_list prop_list_opt table_element_list
%type <l> type_field_list like_option_list
%type <l> cte_list order_list select_list from_list
%type <l> group_list window_list hint_list hint_item_list
%type <l> args arg_list expr_list when_list json_kv_list
%type <l> measure_list define_list subset_list mr_clauses
%type <l> schema_item_list set_members path_list partition_list
%type <l> partition_spec_list partition_items mt_options explain_detail_list
%type <l> assignment_list name_list_plain using_list ident_or_string_list
%type <l> row_list
%type <f> or_opt temporary_opt if_not_exists_opt
%type <n> ie_path ine_path ie_name ine_name
%type <f> set_quantifier_opt all_distinct_opt not_opt ordinality_opt
%type <f> asc_desc_opt nulls_opt insert_head enforced_opt
%type <i> join_type cmp_op quant_word

%start script

%%

/*==== Script ================================================================*/

script:
    stmt_list
;

stmt_list:
    %empty
|   stmt_list stmt ';'                  { stmt_done(ctx, $2); }
|   stmt_list ';'                       { stmt_done(ctx, NULL); }
|   stmt_list error ';'
        {
            struct span sp = { ctx->stmt_start, @2.end };
            if (sp.start > sp.end)
                sp = @2;
            struct node *n = MK0(STMT_ERROR, sp);
            n->sub = -1;
            name_unparsed_statement(ctx, n);
            stmt_done(ctx, n);
            yyerrok;
        }
;

stmt:
    query_stmt
|   insert_stmt
|   create_stmt
|   alter_stmt
|   drop_stmt
|   show_stmt
|   describe_stmt
|   use_stmt
|   set_stmt
|   misc_stmt
|   explain_stmt
|   execute_stmt
|   KW_BEGIN KW_STATEMENT KW_SET         { $$ = MK0(STMT_BEGIN_SET, @$); }
|   KW_END                              { $$ = MK0(STMT_END, @$); }
|   CLIENT_CMD                          { $$ = MK0(STMT_CLIENT, @$); }
|   HIVE_STMT
        {
            $$ = MK0(STMT_HIVE, @$);
            $$->sub = -1;
            name_unparsed_statement(ctx, $$);
        }
;

query_stmt:
    query                               { $$ = MK(STMT_QUERY, @$, $1); }
;

/*==== Names and literals ====================================================*/

name:
    IDENT                               { $$ = ID(@1); }
|   nonreserved                         { $$ = ID(@1); }
;

path_parts:
    name                                { $$ = one($1); }
|   path_parts '.' name                 { $$ = add($1, $3); }
;

path:
    path_parts %prec LOW                { $$ = MK(PATH, @$, first($1)); }
;


string:
    STRING                              { $$ = lit(ctx, LIT_STRING, @1); }
;


comment_opt:
    %empty                              { $$ = NULL; }
|   KW_COMMENT string                   { $$ = MK(COMMENT, @$, $2); }
;

ident_list:
    name                                { $$ = one($1); }
|   ident_list ',' name                 { $$ = add($1, $3); }
;

ident_list_paren:
    '(' ident_list ')'                  { $$ = LIST($2, @$); }
;

path_list:
    path                                { $$ = one($1); }
|   path_list ',' path                  { $$ = add($1, $3); }
;

name_list_plain:
    name                                { $$ = one($1); }
|   name_list_plain ',' name            { $$ = add($1, $3); }
;

/*==== Properties, partitions ================================================*/

prop:
    string '=' string                   { $$ = MK(PROP, @$, $1, $3); }
;

prop_list:
    prop                                { $$ = one($1); }
|   prop_list ',' prop                  { $$ = add($1, $3); }
;

prop_list_opt:
    %empty                              { $$ = none(); }
|   prop_list
;

props:
    '(' prop_list_opt ')'               { $$ = LIST($2, @$); }
;

with_props_opt:
    %empty                              { $$ = NULL; }
|   KW_WITH props                       { $$ = MK(WITH_PROPS, @$, $2); }
;

partition_item:
    name '=' literal                    { $$ = MK(PROP, @$, $1, $3); }
|   name '=' '-' literal                { $$ = MK(PROP, @$, $1, $4); }
;

partition_list:
    partition_item                      { $$ = one($1); }
|   partition_list ',' partition_item   { $$ = add($1, $3); }
;

partition_spec:
    KW_PARTITION '(' partition_list ')' { $$ = MK(PARTITION_SPEC, @$,
                                                  LIST($3, @3)); }
;

partition_spec_opt:
    %empty                              { $$ = NULL; }
|   partition_spec
;

/*==== CREATE ================================================================*/

or_opt:
    %empty                              { $$ = 0; }
|   KW_OR KW_REPLACE                    { $$ = F_OR_REPLACE; }
|   KW_OR KW_ALTER                      { $$ = F_OR_ALTER; }
;

temporary_opt:
    %empty                              { $$ = 0; }
|   KW_TEMPORARY                        { $$ = F_TEMPORARY; }
|   KW_TEMPORARY KW_SYSTEM              { $$ = F_TEMPORARY | F_SYSTEM; }
;

if_not_exists_opt:
    %empty                              { $$ = 0; }
|   KW_IF KW_NOT KW_EXISTS              { $$ = F_IF_NOT_EXISTS; }
;



/* Optional IF [NOT] EXISTS before a name: spelled out, since IF is also a
 * name. The flag is put on the PATH/IDENT node; statements copy it. */
ie_path:
    path
|   KW_IF KW_EXISTS path                { $$ = flag($3, F_IF_EXISTS); }
;

ine_path:
    path
|   KW_IF KW_NOT KW_EXISTS path         { $$ = flag($4, F_IF_NOT_EXISTS); }
;

ie_name:
    name
|   KW_IF KW_EXISTS name                { $$ = flag($3, F_IF_EXISTS); }
;

ine_name:
    name
|   KW_IF KW_NOT KW_EXISTS name         { $$ = flag($4, F_IF_NOT_EXISTS); }
;

create_stmt:
    KW_CREATE or_opt temporary_opt KW_TABLE ine_path
        table_elements_opt create_table_tail
        {
            $$ = MK(STMT_CREATE_TABLE, @$, $5, $6, $7->kid[TUPLE_A], $7->kid[TUPLE_B]);
            $$->flags = $2 | $3 | ($5->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS)) | $7->flags;
            $$->sub = OBJ_TABLE;
        }
|   KW_CREATE or_opt KW_MATERIALIZED KW_TABLE path table_elements_opt
        comment_opt distribution_opt partitioned_opt with_props_opt
        mt_options KW_AS query
        {
            struct node *cl = none();
            cl = add(cl, $7);
            cl = add(cl, $8);
            cl = add(cl, $9);
            cl = add(cl, $10);
            cl = add(cl, LIST($11, @11));
            $$ = MK(STMT_CREATE_TABLE, @$, $5, $6, LIST(cl, @$), $13);
            $$->flags = $2 | F_AS_QUERY;
            $$->sub = OBJ_MATERIALIZED_TABLE;
        }
|   KW_CREATE or_opt temporary_opt KW_VIEW ine_path
        table_elements_opt comment_opt KW_AS query
        {
            $$ = MK(STMT_CREATE_VIEW, @$, $5, $6, $7, $9);
            $$->flags = $2 | $3 | ($5->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS));
        }
|   KW_CREATE or_opt temporary_opt KW_FUNCTION ine_path
        KW_AS string lang_opt using_opt with_props_opt
        {
            $$ = MK(STMT_CREATE_FUNCTION, @$, $5, $7, $8, $9, $10);
            $$->flags = $2 | $3 | ($5->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS));
        }
|   KW_CREATE or_opt KW_CATALOG ine_name comment_opt
        with_props_opt
        {
            $$ = MK(STMT_CREATE_CATALOG, @$, $4, $5, $6);
            $$->flags = $2 | ($4->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS));
        }
|   KW_CREATE or_opt KW_DATABASE ine_path comment_opt
        with_props_opt
        {
            $$ = MK(STMT_CREATE_DATABASE, @$, $4, $5, $6);
            $$->flags = $2 | ($4->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS));
        }
|   KW_CREATE or_opt temporary_opt KW_MODEL ine_path
        model_io_opt comment_opt with_props_opt ctas_query_opt
        {
            $$ = MK(STMT_CREATE_MODEL, @$, $5, NULL, NULL, $7, $8, $9);
            $$->flags = $2 | $3 | ($5->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS));
        }
|   KW_CREATE or_opt temporary_opt KW_CONNECTION ine_path
        comment_opt with_props_opt
        {
            $$ = MK(STMT_CREATE_CONNECTION, @$, $5, $6, $7);
            $$->flags = $2 | $3 | ($5->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS));
        }
|   KW_REPLACE KW_TABLE path table_elements_opt comment_opt
        distribution_opt partitioned_opt with_props_opt KW_AS query
        {
            struct node *cl = none();
            cl = add(cl, $5);
            cl = add(cl, $6);
            cl = add(cl, $7);
            cl = add(cl, $8);
            $$ = MK(STMT_REPLACE_TABLE, @$, $3, $4, LIST(cl, @$), $10);
        }
;

model_io_opt:
    %empty
|   KW_INPUT '(' table_element_list ')'
|   KW_OUTPUT '(' table_element_list ')'
|   KW_INPUT '(' table_element_list ')' KW_OUTPUT '(' table_element_list ')'
;

ctas_query_opt:
    %empty                              { $$ = NULL; }
|   KW_AS query                         { $$ = $2; }
;

/* After the element list: clauses (kid 0, a list) and LIKE or AS query
 * (kid 1); flags F_AS_QUERY. */
create_table_tail:
    comment_opt distribution_opt partitioned_opt with_props_opt like_opt
        {
            struct node *cl = none();
            cl = add(cl, $1);
            cl = add(cl, $2);
            cl = add(cl, $3);
            cl = add(cl, $4);
            $$ = MK(TUPLE, @$, LIST(cl, @$), $5);
        }
|   comment_opt distribution_opt partitioned_opt with_props_opt KW_AS query
        {
            struct node *cl = none();
            cl = add(cl, $1);
            cl = add(cl, $2);
            cl = add(cl, $3);
            cl = add(cl, $4);
            $$ = MK(TUPLE, @$, LIST(cl, @$), $6);
            $$->flags = F_AS_QUERY;
        }
;

lang_opt:
    %empty                              { $$ = NULL; }
|   KW_LANGUAGE name                    { $$ = $2; }
|   KW_LANGUAGE KW_SCALA                { $$ = ID(@2); }
|   KW_LANGUAGE KW_SQL                  { $$ = ID(@2); }
;

using_opt:
    %empty                              { $$ = NULL; }
|   KW_USING using_list                 { $$ = LIST($2, @2); }
;

using_list:
    func_using                          { $$ = one($1); }
|   using_list ',' func_using           { $$ = add($1, $3); }
;

func_using:
    KW_JAR string                       { $$ = MK(USING, @$, $2); }
|   KW_ARTIFACT string                  { $$ = MK(USING, @$, $2); }
;

table_elements_opt:
    %empty                              { $$ = NULL; }
|   '(' table_element_list ')'          { $$ = LIST($2, @$); }
;

table_element_list:
    table_element                       { $$ = one($1); }
|   table_element_list ',' table_element { $$ = add($1, $3); }
;

table_element:
    column_def
|   constraint_def
|   watermark_def
;

column_def:
    typed_column
|   path
        { $$ = MK(COLUMN, @$, $1, NULL, NULL, NULL); }
;

typed_column:
    path type col_constraint_opt comment_opt
        { $$ = MK(COLUMN, @$, $1, $2, $3, $4); }
|   path type KW_METADATA comment_opt
        { $$ = MK(METADATA_COLUMN, @$, $1, $2, NULL, $4); }
|   path type KW_METADATA KW_VIRTUAL comment_opt
        { $$ = flag(MK(METADATA_COLUMN, @$, $1, $2, NULL, $5), F_VIRTUAL); }
|   path type KW_METADATA KW_FROM string comment_opt
        { $$ = MK(METADATA_COLUMN, @$, $1, $2, $5, $6); }
|   path type KW_METADATA KW_FROM string KW_VIRTUAL comment_opt
        { $$ = flag(MK(METADATA_COLUMN, @$, $1, $2, $5, $7), F_VIRTUAL); }
|   path KW_AS expr comment_opt
        { $$ = MK(COMPUTED_COLUMN, @$, $1, $3, $4); }
;

col_constraint_opt:
    %empty                              { $$ = NULL; }
|   KW_CONSTRAINT name KW_PRIMARY KW_KEY enforced_opt
        { $$ = flag(with_sub(MK(CONSTRAINT, @$, $2, NULL), OP_PRIMARY_KEY), $5); }
|   KW_PRIMARY KW_KEY enforced_opt
        { $$ = flag(with_sub(MK(CONSTRAINT, @$, NULL, NULL), OP_PRIMARY_KEY), $3); }
|   KW_CONSTRAINT name KW_UNIQUE enforced_opt
        { $$ = flag(with_sub(MK(CONSTRAINT, @$, $2, NULL), OP_UNIQUE), $4); }
|   KW_UNIQUE enforced_opt
        { $$ = flag(with_sub(MK(CONSTRAINT, @$, NULL, NULL), OP_UNIQUE), $2); }
;

enforced_opt:
    %empty                              { $$ = 0; }
|   KW_ENFORCED                         { $$ = F_ENFORCED; }
|   KW_NOT KW_ENFORCED                  { $$ = F_NOT_ENFORCED; }
;

constraint_def:
    KW_CONSTRAINT name KW_PRIMARY KW_KEY ident_list_paren enforced_opt
        { $$ = flag(with_sub(MK(CONSTRAINT, @$, $2, $5), OP_PRIMARY_KEY), $6); }
|   KW_PRIMARY KW_KEY ident_list_paren enforced_opt
        { $$ = flag(with_sub(MK(CONSTRAINT, @$, NULL, $3), OP_PRIMARY_KEY), $4); }
|   KW_CONSTRAINT name KW_UNIQUE ident_list_paren enforced_opt
        { $$ = flag(with_sub(MK(CONSTRAINT, @$, $2, $4), OP_UNIQUE), $5); }
|   KW_UNIQUE ident_list_paren enforced_opt
        { $$ = flag(with_sub(MK(CONSTRAINT, @$, NULL, $2), OP_UNIQUE), $3); }
;

watermark_def:
    KW_WATERMARK KW_FOR path KW_AS expr  { $$ = MK(WATERMARK, @$, $3, $5); }
;

distribution_opt:
    %empty                              { $$ = NULL; }
|   distribution
;

distribution:
    KW_DISTRIBUTED dist_body            { $$ = $2; }
;

dist_body:
    KW_BY dist_kind_opt ident_list_paren
        { $$ = MK(DISTRIBUTION, @$, $3, NULL); }
|   KW_BY dist_kind_opt ident_list_paren KW_INTO INTEGER KW_BUCKETS
        { $$ = MK(DISTRIBUTION, @$, $3, lit(ctx, LIT_INTEGER, @5)); }
|   KW_INTO INTEGER KW_BUCKETS
        { $$ = MK(DISTRIBUTION, @$, NULL, lit(ctx, LIT_INTEGER, @2)); }
;

dist_kind_opt:
    %empty
|   KW_HASH
|   KW_RANGE
;

partitioned_opt:
    %empty                              { $$ = NULL; }
|   KW_PARTITIONED KW_BY ident_list_paren { $$ = MK(PARTITIONED_BY, @$, $3); }
;

like_opt:
    %empty                              { $$ = NULL; }
|   like_clause
;

like_clause:
    KW_LIKE path like_options_opt       { $$ = MK(LIKE, @$, $2, $3); }
;

like_options_opt:
    %empty                              { $$ = NULL; }
|   '(' like_option_list ')'            { $$ = LIST($2, @$); }
;

like_option_list:
    like_option                         { $$ = one(MK0(LIKE_OPTION, @1)); }
|   like_option_list like_option        { $$ = add($1, MK0(LIKE_OPTION, @2)); }
;

like_option:
    like_verb like_what
;

like_verb: KW_INCLUDING | KW_EXCLUDING | KW_OVERWRITING ;

like_what:
    KW_ALL | KW_CONSTRAINTS | KW_DISTRIBUTION | KW_GENERATED | KW_METADATA
|   KW_OPTIONS | KW_PARTITIONS | KW_WATERMARKS
;

mt_options:
    %empty                              { $$ = none(); }
|   mt_options mt_option                { $$ = add($1, $2); }
;

mt_option:
    KW_FRESHNESS '=' interval_literal   { $$ = text(MK(MT_OPTION, @$, $3), "FRESHNESS"); }
|   KW_REFRESH_MODE '=' name            { $$ = text(MK(MT_OPTION, @$, $3), "REFRESH_MODE"); }
|   KW_REFRESH_MODE '=' KW_FULL         { $$ = text(MK(MT_OPTION, @$, ID(@3)), "REFRESH_MODE"); }
|   KW_START_MODE '=' start_mode_value  { $$ = text(MK(MT_OPTION, @$, $3), "START_MODE"); }
;

start_mode_value:
    name                                { $$ = $1; }
|   name '(' expr ')'                   { $$ = MK(CALL, @$, $1, $3); }
;

/*==== Types =================================================================*/

type:
    type_nn
|   type_nn KW_NOT KW_NULL              { $$ = flag($1, F_NOT_NULL); $$->span = @$; }
|   type_nn KW_NULL                     { $$ = flag($1, F_NULL); $$->span = @$; }
;

type_nn:
    type_base
|   type_nn KW_ARRAY                    { $$ = MK(TYPE, @$, ID(@2), NULL, NULL, $1); }
|   type_nn KW_MULTISET                 { $$ = MK(TYPE, @$, ID(@2), NULL, NULL, $1); }
;

precision_opt:
    %empty                              { $$ = NULL; }
|   '(' INTEGER ')'                     { $$ = lit(ctx, LIT_INTEGER, @2); }
|   '(' INTEGER ',' INTEGER ')'         { $$ = lit(ctx, LIT_INTEGER, @2); }
|   '(' INTEGER ',' '-' INTEGER ')'     { $$ = lit(ctx, LIT_INTEGER, @2); }
;

type_base:
    type_common
|   KW_TIME precision_opt time_zone_opt { $$ = MK(TYPE, @$, ID(@1), $2); }
|   KW_TIMESTAMP precision_opt time_zone_opt { $$ = MK(TYPE, @$, ID(@1), $2); }
;

/* Every type but TIME and TIMESTAMP (whose WITH/WITHOUT TIME ZONE would
 * clash with JSON_QUERY's wrapper clause after RETURNING). */
type_common:
    KW_CHAR precision_opt               { $$ = MK(TYPE, @$, ID(@1), $2); }
|   KW_CHARACTER precision_opt          { $$ = MK(TYPE, @$, ID(@1), $2); }
|   KW_CHARACTER KW_VARYING precision_opt { $$ = MK(TYPE, @$, ID(@1), $3); }
|   KW_CHAR KW_VARYING precision_opt    { $$ = MK(TYPE, @$, ID(@1), $3); }
|   KW_VARCHAR precision_opt            { $$ = MK(TYPE, @$, ID(@1), $2); }
|   KW_STRING                           { $$ = MK(TYPE, @$, ID(@1)); }
|   KW_BOOLEAN                          { $$ = MK(TYPE, @$, ID(@1)); }
|   KW_TINYINT                          { $$ = MK(TYPE, @$, ID(@1)); }
|   KW_SMALLINT                         { $$ = MK(TYPE, @$, ID(@1)); }
|   KW_INT                              { $$ = MK(TYPE, @$, ID(@1)); }
|   KW_INTEGER                          { $$ = MK(TYPE, @$, ID(@1)); }
|   KW_BIGINT                           { $$ = MK(TYPE, @$, ID(@1)); }
|   KW_FLOAT precision_opt              { $$ = MK(TYPE, @$, ID(@1), $2); }
|   KW_REAL                             { $$ = MK(TYPE, @$, ID(@1)); }
|   KW_DOUBLE                           { $$ = MK(TYPE, @$, ID(@1)); }
|   KW_DOUBLE KW_PRECISION              { $$ = MK(TYPE, @$, ID(@1)); }
|   KW_DECIMAL precision_opt            { $$ = MK(TYPE, @$, ID(@1), $2); }
|   KW_DEC precision_opt                { $$ = MK(TYPE, @$, ID(@1), $2); }
|   KW_NUMERIC precision_opt            { $$ = MK(TYPE, @$, ID(@1), $2); }
|   KW_BINARY precision_opt             { $$ = MK(TYPE, @$, ID(@1), $2); }
|   KW_BINARY KW_VARYING precision_opt  { $$ = MK(TYPE, @$, ID(@1), $3); }
|   KW_VARBINARY precision_opt          { $$ = MK(TYPE, @$, ID(@1), $2); }
|   KW_BYTES                            { $$ = MK(TYPE, @$, ID(@1)); }
|   KW_DATE                             { $$ = MK(TYPE, @$, ID(@1)); }
|   KW_TIMESTAMP_LTZ precision_opt      { $$ = MK(TYPE, @$, ID(@1), $2); }
|   KW_INTERVAL interval_qualifier      { $$ = MK(TYPE, @$, ID(@1), $2); }
|   KW_ARRAY '<' type '>'               { $$ = MK(TYPE, @$, ID(@1), NULL, NULL, $3); }
|   KW_MULTISET '<' type '>'            { $$ = MK(TYPE, @$, ID(@1), NULL, NULL, $3); }
|   KW_MAP '<' type ',' type '>'
        { $$ = MK(TYPE, @$, ID(@1), NULL, LIST(add(one($3), $5), @$)); }
|   KW_ROW '<' type_field_list '>'      { $$ = MK(TYPE, @$, ID(@1), NULL, LIST($3, @3)); }
|   KW_ROW '(' type_field_list ')'      { $$ = MK(TYPE, @$, ID(@1), NULL, LIST($3, @3)); }
|   KW_ROW NE                           { $$ = MK(TYPE, @$, ID(@1)); }
|   KW_ROW '(' ')'                      { $$ = MK(TYPE, @$, ID(@1)); }
|   KW_RAW '(' string ')'               { $$ = MK(TYPE, @$, ID(@1), $3); }
|   KW_RAW '(' string ',' string ')'    { $$ = MK(TYPE, @$, ID(@1), $3); }
|   KW_STRUCTURED '<' string '>'        { $$ = MK(TYPE, @$, ID(@1), $3); }
|   KW_STRUCTURED '<' string ',' type_field_list '>'
        { $$ = MK(TYPE, @$, ID(@1), $3, LIST($5, @5)); }
|   KW_NULL                             { $$ = MK(TYPE, @$, ID(@1)); }
|   path %prec LOW                      { $$ = MK(TYPE, @$, $1); }
;

time_zone_opt:
    %empty
|   KW_WITHOUT KW_TIME KW_ZONE
|   KW_WITH KW_TIME KW_ZONE
|   KW_WITH KW_LOCAL KW_TIME KW_ZONE
;

type_field_list:
    type_field                          { $$ = one($1); }
|   type_field_list ',' type_field      { $$ = add($1, $3); }
;

type_field:
    named_field
;

named_field:
    name type                           { $$ = MK(FIELD, @$, $1, $2); }
|   name type string                    { $$ = MK(FIELD, @$, $1, $2, $3); }
;


/* Units of INTERVAL qualifiers: YEAR ... SECOND, and the plural and other
 * spellings Flink's time-unit parser accepts (as names). */
unit_word:
    KW_YEAR                             { $$ = ID(@1); }
|   KW_MONTH                            { $$ = ID(@1); }
|   KW_DAY                              { $$ = ID(@1); }
|   KW_HOUR                             { $$ = ID(@1); }
|   KW_MINUTE                           { $$ = ID(@1); }
|   KW_SECOND                           { $$ = ID(@1); }
|   name
;

interval_qualifier:
    unit_word precision_opt %prec LOW   { $$ = MK(TIME_UNIT, @$, $1); }
|   unit_word precision_opt KW_TO unit_word precision_opt
                                        { $$ = MK(TIME_UNIT, @$, $1, $4); }
;

/*==== ALTER ================================================================*/

alter_stmt:
    KW_ALTER KW_TABLE ie_path alter_table_action
        { $$ = flag(with_sub(MK(STMT_ALTER, @$, $3, $4), OBJ_TABLE), ($3->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS))); }
|   KW_ALTER KW_MATERIALIZED KW_TABLE path alter_table_action
        { $$ = with_sub(MK(STMT_ALTER, @$, $4, $5), OBJ_MATERIALIZED_TABLE); }
|   KW_ALTER KW_VIEW path KW_RENAME KW_TO path
        { $$ = with_sub(MK(STMT_ALTER, @$, $3,
               text(MK(ALTER_ACTION, @4, $6), "RENAME")), OBJ_VIEW); }
|   KW_ALTER KW_VIEW path KW_AS query
        { $$ = with_sub(MK(STMT_ALTER, @$, $3,
               text(MK(ALTER_ACTION, @4, $5), "AS")), OBJ_VIEW); }
|   KW_ALTER temporary_opt KW_FUNCTION ie_path KW_AS string lang_opt
        { $$ = flag(with_sub(MK(STMT_ALTER, @$, $4,
               text(MK(ALTER_ACTION, @5, $6), "AS")), OBJ_FUNCTION), $2 | ($4->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS))); }
|   KW_ALTER KW_DATABASE path alter_simple_action
        { $$ = with_sub(MK(STMT_ALTER, @$, $3, $4), OBJ_DATABASE); }
|   KW_ALTER KW_CATALOG name alter_simple_action
        { $$ = with_sub(MK(STMT_ALTER, @$, $3, $4), OBJ_CATALOG); }
|   KW_ALTER KW_CATALOG name KW_COMMENT string
        { $$ = with_sub(MK(STMT_ALTER, @$, $3,
               text(MK(ALTER_ACTION, @4, $5), "COMMENT")), OBJ_CATALOG); }
|   KW_ALTER KW_MODEL ie_path alter_simple_action
        { $$ = flag(with_sub(MK(STMT_ALTER, @$, $3, $4), OBJ_MODEL), ($3->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS))); }
|   KW_ALTER KW_CONNECTION ie_path alter_simple_action
        { $$ = flag(with_sub(MK(STMT_ALTER, @$, $3, $4), OBJ_CONNECTION), ($3->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS))); }
;

alter_simple_action:
    KW_SET props                        { $$ = text(MK(ALTER_ACTION, @$, $2), "SET"); }
|   KW_RESET '(' ident_or_string_list ')' { $$ = text(MK(ALTER_ACTION, @$, LIST($3, @3)), "RESET"); }
|   KW_RENAME KW_TO path                { $$ = text(MK(ALTER_ACTION, @$, $3), "RENAME"); }
;

ident_or_string_list:
    string                              { $$ = one($1); }
|   ident_or_string_list ',' string     { $$ = add($1, $3); }
;

alter_table_action:
    alter_simple_action
|   KW_RENAME path KW_TO path           { $$ = text(MK(ALTER_ACTION, @$, $2, $4), "RENAME COLUMN"); }
|   KW_ADD partition_spec_list          { $$ = text(MK(ALTER_ACTION, @$, LIST($2, @2)), "ADD PARTITION"); }
|   KW_ADD KW_IF KW_NOT KW_EXISTS partition_spec_list
                                        { $$ = text(MK(ALTER_ACTION, @$, LIST($5, @5)), "ADD PARTITION"); }
|   KW_ADD KW_DISTRIBUTION dist_body    { $$ = text(MK(ALTER_ACTION, @$, $3), "ADD DISTRIBUTION"); }
|   KW_ADD schema_item                  { $$ = text(MK(ALTER_ACTION, @$, $2), "ADD"); }
|   KW_ADD schema_items_paren           { $$ = text(MK(ALTER_ACTION, @$, $2), "ADD"); }
|   KW_MODIFY KW_DISTRIBUTION dist_body { $$ = text(MK(ALTER_ACTION, @$, $3), "MODIFY DISTRIBUTION"); }
|   KW_MODIFY schema_item               { $$ = text(MK(ALTER_ACTION, @$, $2), "MODIFY"); }
|   KW_MODIFY schema_items_paren        { $$ = text(MK(ALTER_ACTION, @$, $2), "MODIFY"); }
|   KW_DROP partition_spec_list_c
                                        { $$ = text(MK0(ALTER_ACTION, @$), "DROP PARTITION"); }
|   KW_DROP KW_IF KW_EXISTS partition_spec_list_c
                                        { $$ = text(MK0(ALTER_ACTION, @$), "DROP PARTITION"); }
|   KW_DROP path                        { $$ = text(MK(ALTER_ACTION, @$, $2), "DROP"); }
|   KW_DROP '(' path_list ')'           { $$ = text(MK(ALTER_ACTION, @$, LIST($3, @3)), "DROP"); }
|   KW_DROP KW_PRIMARY KW_KEY           { $$ = text(MK0(ALTER_ACTION, @$), "DROP PRIMARY KEY"); }
|   KW_DROP KW_CONSTRAINT name          { $$ = text(MK(ALTER_ACTION, @$, $3), "DROP CONSTRAINT"); }
|   KW_DROP KW_WATERMARK                { $$ = text(MK0(ALTER_ACTION, @$), "DROP WATERMARK"); }
|   KW_SUSPEND                          { $$ = text(MK0(ALTER_ACTION, @$), "SUSPEND"); }
|   KW_RESUME with_props_opt            { $$ = text(MK(ALTER_ACTION, @$, $2), "RESUME"); }
|   KW_REFRESH partition_spec_opt       { $$ = text(MK(ALTER_ACTION, @$, $2), "REFRESH"); }
|   KW_SET KW_FRESHNESS '=' interval_literal { $$ = text(MK(ALTER_ACTION, @$, $4), "SET FRESHNESS"); }
|   KW_SET KW_REFRESH_MODE '=' name     { $$ = text(MK(ALTER_ACTION, @$, $4), "SET REFRESH_MODE"); }
|   KW_SET KW_REFRESH_MODE '=' KW_FULL  { $$ = text(MK0(ALTER_ACTION, @$), "SET REFRESH_MODE"); }
|   KW_AS query                         { $$ = text(MK(ALTER_ACTION, @$, $2), "AS"); }
|   partition_spec_opt KW_COMPACT       { $$ = text(MK(ALTER_ACTION, @$, $1), "COMPACT"); }
;

partition_spec_list:
    partition_spec with_props_opt       { $$ = one($1); }
|   partition_spec_list partition_spec with_props_opt { $$ = add($1, $2); }
;

partition_spec_list_c:
    partition_spec
|   partition_spec_list_c ',' partition_spec
;

schema_items_paren:
    '(' schema_item_list ')'            { $$ = LIST($2, @$); }
;

schema_item_list:
    schema_item                         { $$ = one($1); }
|   schema_item_list ',' schema_item    { $$ = add($1, $3); }
;

schema_item:
    typed_column col_position_opt       { $$ = $1; $1->kid[COLUMN_POSITION] = $2; }
|   constraint_def
|   watermark_def
;

col_position_opt:
    %empty                              { $$ = NULL; }
|   KW_FIRST                            { $$ = MK0(POSITION, @$); }
|   KW_AFTER name                       { $$ = MK(POSITION, @$, $2); }
;

/*==== DROP =================================================================*/

drop_stmt:
    KW_DROP temporary_opt KW_TABLE ie_path
        { $$ = flag(with_sub(MK(STMT_DROP, @$, $4), OBJ_TABLE), $2 | ($4->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS))); }
|   KW_DROP temporary_opt KW_VIEW ie_path
        { $$ = flag(with_sub(MK(STMT_DROP, @$, $4), OBJ_VIEW), $2 | ($4->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS))); }
|   KW_DROP temporary_opt KW_FUNCTION ie_path
        { $$ = flag(with_sub(MK(STMT_DROP, @$, $4), OBJ_FUNCTION), $2 | ($4->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS))); }
|   KW_DROP temporary_opt KW_MODEL ie_path
        { $$ = flag(with_sub(MK(STMT_DROP, @$, $4), OBJ_MODEL), $2 | ($4->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS))); }
|   KW_DROP temporary_opt KW_CONNECTION ie_path
        { $$ = flag(with_sub(MK(STMT_DROP, @$, $4), OBJ_CONNECTION), $2 | ($4->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS))); }
|   KW_DROP KW_CATALOG ie_name
        { $$ = flag(with_sub(MK(STMT_DROP, @$, $3), OBJ_CATALOG), ($3->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS))); }
|   KW_DROP KW_DATABASE ie_path drop_behavior_opt
        { $$ = flag(with_sub(MK(STMT_DROP, @$, $3), OBJ_DATABASE), ($3->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS))); }
|   KW_DROP KW_MATERIALIZED KW_TABLE ie_path
        { $$ = flag(with_sub(MK(STMT_DROP, @$, $4), OBJ_MATERIALIZED_TABLE), ($4->flags & (F_IF_EXISTS | F_IF_NOT_EXISTS))); }
;

drop_behavior_opt:
    %empty
|   KW_RESTRICT
|   KW_CASCADE
;

/*==== INSERT, statement sets, EXECUTE, EXPLAIN ===============================*/

insert_stmt:
    insert_head path table_hints_opt partition_spec_opt query on_conflict_opt
        {
            $$ = MK(STMT_INSERT, @$, $2, $3, $4, NULL, $5, $6);
            $$->flags = $1;
        }
|   insert_head path table_hints_opt partition_spec_opt '(' name_list_plain ')' query on_conflict_opt
        {
            $$ = MK(STMT_INSERT, @$, $2, $3, $4, LIST($6, @6), $8, $9);
            $$->flags = $1;
        }
;

/* Flink 2.3: what the sink does when rows collide on its primary key. */
on_conflict_opt:
    %empty                              { $$ = NULL; }
|   KW_ON KW_CONFLICT KW_DO conflict_action { $$ = $4; }
;

conflict_action:
    KW_ERROR                            { $$ = text(MK0(KEYWORD_ARG, @$), "ERROR"); }
|   KW_NOTHING                          { $$ = text(MK0(KEYWORD_ARG, @$), "NOTHING"); }
|   KW_DEDUPLICATE                      { $$ = text(MK0(KEYWORD_ARG, @$), "DEDUPLICATE"); }
;

insert_head:
    KW_INSERT KW_INTO                   { $$ = 0; }
|   KW_INSERT KW_OVERWRITE              { $$ = F_OVERWRITE; }
|   KW_UPSERT KW_INTO                   { $$ = F_UPSERT; }
;

statement_set:
    KW_STATEMENT KW_SET KW_BEGIN set_members KW_END
        { $$ = MK(STMT_STATEMENT_SET, @$, LIST($4, @4)); }
|   KW_STATEMENT KW_SET KW_BEGIN KW_END
        {
            /* Flink's grammar wants one INSERT at least; accepting the
             * empty form here gives a precise message and clean recovery. */
            parse_error(ctx, @4, "empty statement set: expected INSERT "
                        "statements between BEGIN and END");
            $$ = MK(STMT_STATEMENT_SET, @$, NULL);
        }
;

set_members:
    set_member                          { $$ = one($1); }
|   set_members set_member              { $$ = add($1, $2); }
;

set_member:
    insert_stmt ';'                     { $$ = $1; }
|   error ';'                           { $$ = MK0(STMT_ERROR, @1);
                                          ctx->stmt_failed = false; yyerrok; }
;

execute_stmt:
    KW_EXECUTE statement_set            { $$ = $2; }
|   KW_EXECUTE insert_stmt              { $$ = MK(STMT_EXECUTE, @$, $2); }
|   KW_EXECUTE query                    { $$ = MK(STMT_EXECUTE, @$, $2); }
|   KW_EXECUTE KW_PLAN string           { $$ = MK(STMT_EXECUTE_PLAN, @$, $3); }
|   KW_COMPILE KW_PLAN string if_not_exists_opt KW_FOR compile_target
        { $$ = MK(STMT_COMPILE_PLAN, @$, $3, $6); }
|   KW_COMPILE KW_AND KW_EXECUTE KW_PLAN string KW_FOR compile_target
        { $$ = flag(MK(STMT_COMPILE_PLAN, @$, $5, $7), F_EXECUTE); }
;

compile_target:
    statement_set
|   insert_stmt
;

explain_stmt:
    KW_EXPLAIN explain_details_opt explainable
        { $$ = MK(STMT_EXPLAIN, @$, $2, $3); }
;

explain_details_opt:
    %empty                              { $$ = NULL; }
|   KW_PLAN KW_FOR                      { $$ = NULL; }
|   explain_detail_list                 { $$ = LIST($1, @1); }
;

explain_detail_list:
    explain_detail                      { $$ = one(ID(@1)); }
|   explain_detail_list ',' explain_detail { $$ = add($1, ID(@3)); }
;

explain_detail:
    KW_ESTIMATED_COST | KW_CHANGELOG_MODE | KW_JSON_EXECUTION_PLAN | KW_PLAN_ADVICE
;

explainable:
    query
|   insert_stmt
|   statement_set
|   execute_stmt
|   create_stmt
|   alter_stmt
;

/*==== SHOW, DESCRIBE, USE ====================================================*/

show_from_opt:
    %empty                              { $$ = NULL; }
|   KW_FROM path                        { $$ = $2; }
|   KW_IN path                          { $$ = $2; }
;

like_pattern_opt:
    %empty                              { $$ = NULL; }
|   not_opt KW_LIKE string              { $$ = $3; }
|   not_opt KW_ILIKE string             { $$ = $3; }
;

show_stmt:
    KW_SHOW KW_CATALOGS like_pattern_opt { $$ = MK(STMT_SHOW, @$, NULL, $3); }
|   KW_SHOW KW_CURRENT KW_CATALOG       { $$ = MK0(STMT_SHOW, @$); }
|   KW_SHOW KW_CURRENT KW_DATABASE      { $$ = MK0(STMT_SHOW, @$); }
|   KW_SHOW KW_DATABASES show_from_opt like_pattern_opt { $$ = MK(STMT_SHOW, @$, $3, $4); }
|   KW_SHOW KW_TABLES show_from_opt like_pattern_opt { $$ = MK(STMT_SHOW, @$, $3, $4); }
|   KW_SHOW KW_VIEWS show_from_opt like_pattern_opt { $$ = MK(STMT_SHOW, @$, $3, $4); }
|   KW_SHOW KW_MATERIALIZED KW_TABLES show_from_opt like_pattern_opt
                                        { $$ = MK(STMT_SHOW, @$, $4, $5); }
|   KW_SHOW KW_COLUMNS KW_FROM path like_pattern_opt { $$ = MK(STMT_SHOW, @$, $4, $5); }
|   KW_SHOW KW_COLUMNS KW_IN path like_pattern_opt { $$ = MK(STMT_SHOW, @$, $4, $5); }
|   KW_SHOW KW_PARTITIONS path partition_spec_opt { $$ = MK(STMT_SHOW, @$, $3); }
|   KW_SHOW KW_FUNCTIONS show_from_opt like_pattern_opt { $$ = MK(STMT_SHOW, @$, $3, $4); }
|   KW_SHOW KW_USER KW_FUNCTIONS show_from_opt like_pattern_opt
                                        { $$ = MK(STMT_SHOW, @$, $4, $5); }
|   KW_SHOW KW_PROCEDURES show_from_opt like_pattern_opt { $$ = MK(STMT_SHOW, @$, $3, $4); }
|   KW_SHOW KW_MODULES                  { $$ = MK0(STMT_SHOW, @$); }
|   KW_SHOW KW_FULL KW_MODULES          { $$ = MK0(STMT_SHOW, @$); }
|   KW_SHOW KW_JARS                     { $$ = MK0(STMT_SHOW, @$); }
|   KW_SHOW KW_JOBS                     { $$ = MK0(STMT_SHOW, @$); }
|   KW_SHOW KW_MODELS show_from_opt like_pattern_opt { $$ = MK(STMT_SHOW, @$, $3, $4); }
|   KW_SHOW KW_CONNECTIONS show_from_opt like_pattern_opt { $$ = MK(STMT_SHOW, @$, $3, $4); }
|   KW_SHOW KW_CREATE KW_TABLE path
        { $$ = with_sub(MK(STMT_SHOW_CREATE, @$, $4), OBJ_TABLE); }
|   KW_SHOW KW_CREATE KW_VIEW path
        { $$ = with_sub(MK(STMT_SHOW_CREATE, @$, $4), OBJ_VIEW); }
|   KW_SHOW KW_CREATE KW_CATALOG name
        { $$ = with_sub(MK(STMT_SHOW_CREATE, @$, $4), OBJ_CATALOG); }
|   KW_SHOW KW_CREATE KW_MODEL path
        { $$ = with_sub(MK(STMT_SHOW_CREATE, @$, $4), OBJ_MODEL); }
|   KW_SHOW KW_CREATE KW_CONNECTION path
        { $$ = with_sub(MK(STMT_SHOW_CREATE, @$, $4), OBJ_CONNECTION); }
|   KW_SHOW KW_CREATE or_opt KW_MATERIALIZED KW_TABLE path
        { $$ = with_sub(MK(STMT_SHOW_CREATE, @$, $6), OBJ_MATERIALIZED_TABLE); }
;

describe_kw: KW_DESCRIBE | KW_DESC ;

extended_opt:
    %empty
|   KW_EXTENDED
;

describe_stmt:
    describe_kw path
        { $$ = with_sub(MK(STMT_DESCRIBE, @$, $2), OBJ_TABLE); }
|   describe_kw KW_EXTENDED path
        { $$ = with_sub(MK(STMT_DESCRIBE, @$, $3), OBJ_TABLE); }
|   describe_kw KW_CATALOG extended_opt name
        { $$ = with_sub(MK(STMT_DESCRIBE, @$, $4), OBJ_CATALOG); }
|   describe_kw KW_DATABASE extended_opt path
        { $$ = with_sub(MK(STMT_DESCRIBE, @$, $4), OBJ_DATABASE); }
|   describe_kw KW_FUNCTION extended_opt path
        { $$ = with_sub(MK(STMT_DESCRIBE, @$, $4), OBJ_FUNCTION); }
|   describe_kw KW_MODEL extended_opt path
        { $$ = with_sub(MK(STMT_DESCRIBE, @$, $4), OBJ_MODEL); }
|   describe_kw KW_CONNECTION extended_opt path
        { $$ = with_sub(MK(STMT_DESCRIBE, @$, $4), OBJ_CONNECTION); }
|   describe_kw KW_JOB string
        { $$ = with_sub(MK(STMT_JOB, @$, $3), 1); }
;

use_stmt:
    KW_USE KW_CATALOG name              { $$ = MK(STMT_USE_CATALOG, @$, $3); }
|   KW_USE KW_MODULES name_list_plain   { $$ = MK(STMT_USE_MODULES, @$, LIST($3, @3)); }
|   KW_USE path                         { $$ = MK(STMT_USE, @$, $2); }
;

/*==== SET, RESET and the rest ================================================*/

set_stmt:
    KW_SET                              { $$ = MK0(STMT_SET, @$); }
|   KW_SET string '=' string            { $$ = MK(STMT_SET, @$, $2, $4); }
|   LEGACY_SET                          { $$ = flag(MK0(STMT_SET, @$), F_LEGACY); }
|   KW_RESET                            { $$ = MK0(STMT_RESET, @$); }
|   KW_RESET string                     { $$ = MK(STMT_RESET, @$, $2); }
|   LEGACY_RESET                        { $$ = flag(MK0(STMT_RESET, @$), F_LEGACY); }
;

misc_stmt:
    KW_LOAD KW_MODULE name with_props_opt { $$ = MK(STMT_LOAD_MODULE, @$, $3, $4); }
|   KW_UNLOAD KW_MODULE name            { $$ = MK(STMT_UNLOAD_MODULE, @$, $3); }
|   KW_ADD KW_JAR string                { $$ = MK(STMT_JAR, @$, $3); }
|   KW_REMOVE KW_JAR string             { $$ = with_sub(MK(STMT_JAR, @$, $3), 1); }
|   KW_STOP KW_JOB string stop_opts     { $$ = MK(STMT_JOB, @$, $3); }
|   KW_ANALYZE KW_TABLE path analyze_partition_opt KW_COMPUTE KW_STATISTICS
        analyze_columns_opt             { $$ = MK(STMT_ANALYZE, @$, $3); }
|   KW_CALL path '(' args ')'           { $$ = MK(STMT_CALL, @$,
                                              MK(CALL, @$, $2, LIST($4, @4))); }
|   KW_TRUNCATE KW_TABLE path           { $$ = MK(STMT_TRUNCATE, @$, $3); }
|   KW_DELETE KW_FROM path table_hints_opt alias_opt where_opt
        { $$ = MK(STMT_DELETE, @$, $3, $4, $5, $6); }
|   KW_UPDATE path table_hints_opt alias_opt KW_SET assignment_list where_opt
        { $$ = MK(STMT_UPDATE, @$, $2, $3, $4, LIST($6, @6), $7); }
;

stop_opts:
    %empty
|   stop_opts KW_WITH KW_SAVEPOINT
|   stop_opts KW_WITH KW_DRAIN
;

analyze_partition_opt:
    %empty
|   KW_PARTITION '(' partition_items ')'
;

partition_items:
    name                                { $$ = one($1); }
|   name '=' literal                    { $$ = one($1); }
|   partition_items ',' name            { $$ = add($1, $3); }
|   partition_items ',' name '=' literal { $$ = add($1, $3); }
;

analyze_columns_opt:
    %empty
|   KW_FOR KW_COLUMNS name_list_plain
|   KW_FOR KW_ALL KW_COLUMNS
;

assignment_list:
    assignment                          { $$ = one($1); }
|   assignment_list ',' assignment      { $$ = add($1, $3); }
;

assignment:
    path '=' expr                       { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_ASSIGN); }
;

/*==== Queries ================================================================*/

/* A query that may start with '('; query_np never does (so that
 * expressions can tell a parenthesised subquery from a parenthesised
 * expression with one token of lookahead). */
query:
    set_expr order_by_opt limit_tail    { $$ = ($2 || $3) ? MK(ORDERED, @$, $1, $2, $3) : $1; }
|   with_clause set_expr order_by_opt limit_tail
        {
            struct node *body = ($3 || $4) ? MK(ORDERED, @$, $2, $3, $4) : $2;
            $$ = $1; $$->kid[WITH_BODY] = body; $$->span = @$;
        }
;

query_np:
    set_np order_by_opt limit_tail      { $$ = ($2 || $3) ? MK(ORDERED, @$, $1, $2, $3) : $1; }
|   with_clause set_expr order_by_opt limit_tail
        {
            struct node *body = ($3 || $4) ? MK(ORDERED, @$, $2, $3, $4) : $2;
            $$ = $1; $$->kid[WITH_BODY] = body; $$->span = @$;
        }
;

with_clause:
    KW_WITH cte_list                    { $$ = MK(WITH, @$, LIST($2, @2)); }
|   KW_WITH KW_RECURSIVE cte_list       { $$ = MK(WITH, @$, LIST($3, @3)); }
;

cte_list:
    cte                                 { $$ = one($1); }
|   cte_list ',' cte                    { $$ = add($1, $3); }
;

cte:
    name KW_AS '(' query ')'            { $$ = MK(CTE, @$, $1, NULL, $4); }
|   name ident_list_paren KW_AS '(' query ')' { $$ = MK(CTE, @$, $1, $2, $5); }
;


all_distinct_opt:
    %empty                              { $$ = 0; }
|   KW_ALL                              { $$ = F_ALL; }
|   KW_DISTINCT                         { $$ = F_DISTINCT; }
;

set_expr:
    set_primary
|   set_expr KW_UNION all_distinct_opt set_expr
        { $$ = flag(with_sub(MK(SETOP, @$, $1, $4), OP_UNION), $3); }
|   set_expr KW_EXCEPT all_distinct_opt set_expr
        { $$ = flag(with_sub(MK(SETOP, @$, $1, $4), OP_EXCEPT), $3); }
|   set_expr KW_INTERSECT all_distinct_opt set_expr
        { $$ = flag(with_sub(MK(SETOP, @$, $1, $4), OP_INTERSECT), $3); }
;

set_np:
    simple_query
|   set_np KW_UNION all_distinct_opt set_expr
        { $$ = flag(with_sub(MK(SETOP, @$, $1, $4), OP_UNION), $3); }
|   set_np KW_EXCEPT all_distinct_opt set_expr
        { $$ = flag(with_sub(MK(SETOP, @$, $1, $4), OP_EXCEPT), $3); }
|   set_np KW_INTERSECT all_distinct_opt set_expr
        { $$ = flag(with_sub(MK(SETOP, @$, $1, $4), OP_INTERSECT), $3); }
;

set_primary:
    simple_query
|   '(' query ')'                       { $$ = $2; }
;

simple_query:
    select
|   values_query
|   KW_TABLE path                       { $$ = MK(TABLE_QUERY, @$, $2); }
;

values_query:
    KW_VALUES row_list                  { $$ = MK(VALUES, @$, LIST($2, @2)); }
;

row_list:
    expr                                { $$ = one($1); }
|   row_list ',' expr                   { $$ = add($1, $3); }
;

order_by_opt:
    %empty                              { $$ = NULL; }
|   KW_ORDER KW_BY order_list           { $$ = LIST($3, @3); }
;

order_list:
    order_item                          { $$ = one($1); }
|   order_list ',' order_item           { $$ = add($1, $3); }
;

order_item:
    expr asc_desc_opt nulls_opt         { $$ = flag(MK(ORDER_ITEM, @$, $1), $2 | $3); }
;

asc_desc_opt:
    %empty                              { $$ = 0; }
|   KW_ASC                              { $$ = F_ASC; }
|   KW_DESC                             { $$ = F_DESC; }
;

nulls_opt:
    %empty                              { $$ = 0; }
|   KW_NULLS KW_FIRST                   { $$ = F_NULLS_FIRST; }
|   KW_NULLS KW_LAST                    { $$ = F_NULLS_LAST; }
;

limit_tail:
    %empty                              { $$ = NULL; }
|   KW_LIMIT limit_value                { $$ = MK0(LIST, @$); }
|   KW_LIMIT limit_value KW_OFFSET limit_value rows_opt { $$ = MK0(LIST, @$); }
|   KW_OFFSET limit_value rows_opt      { $$ = MK0(LIST, @$); }
|   KW_OFFSET limit_value rows_opt fetch_clause { $$ = MK0(LIST, @$); }
|   fetch_clause                        { $$ = MK0(LIST, @$); }
;

limit_value:
    INTEGER
|   KW_ALL
|   '?'
;

rows_opt:
    %empty
|   KW_ROW
|   KW_ROWS
;

fetch_clause:
    KW_FETCH first_next limit_value row_rows KW_ONLY
|   KW_FETCH first_next row_rows KW_ONLY
;

first_next: KW_FIRST | KW_NEXT ;
row_rows: KW_ROW | KW_ROWS ;

select:
    KW_SELECT hints set_quantifier_opt select_list from_opt where_opt
        group_by_opt having_opt window_opt qualify_opt
        {
            $$ = MK(SELECT, @$, $2, LIST($4, @4), $5, $6, $7, $8, $9, $10);
            $$->flags = $3;
        }
|   KW_SELECT set_quantifier_opt select_list from_opt where_opt
        group_by_opt having_opt window_opt qualify_opt
        {
            $$ = MK(SELECT, @$, NULL, LIST($3, @3), $4, $5, $6, $7, $8, $9);
            $$->flags = $2;
        }
;

set_quantifier_opt:
    %empty                              { $$ = 0; }
|   KW_ALL                              { $$ = F_ALL; }
|   KW_DISTINCT                         { $$ = F_DISTINCT; }
|   KW_STREAM                           { $$ = 0; }
|   KW_STREAM KW_ALL                    { $$ = F_ALL; }
|   KW_STREAM KW_DISTINCT               { $$ = F_DISTINCT; }
;

select_list:
    select_item                         { $$ = one($1); }
|   select_list ',' select_item         { $$ = add($1, $3); }
;

select_item:
    expr %prec PREFER_CLAUSE            { $$ = MK(SELECT_ITEM, @$, $1); }
|   expr name                           { $$ = MK(SELECT_ITEM, @$, $1, $2); }
|   expr KW_AS name                     { $$ = MK(SELECT_ITEM, @$, $1, $3); }
|   '*'                                 { $$ = MK(SELECT_ITEM, @$, MK(STAR, @1, NULL)); }
|   path_parts '.' '*'                  { $$ = MK(SELECT_ITEM, @$, MK(STAR, @$,
                                              MK(PATH, @1, first($1)))); }
;

from_opt:
    %empty                              { $$ = NULL; }
|   KW_FROM from_list                   { $$ = LIST($2, @2); }
;

from_list:
    from_item                           { $$ = one($1); }
|   from_list ',' from_item             { $$ = add($1, $3); }
;

from_item:
    table_ref
|   from_item join_type KW_JOIN table_ref join_cond
        { $$ = with_sub(MK(JOIN, @$, $1, $4, $5), $2); }
|   from_item KW_CROSS KW_JOIN table_ref
        { $$ = with_sub(MK(JOIN, @$, $1, $4), OP_CROSS_JOIN); }
|   from_item KW_NATURAL join_type KW_JOIN table_ref
        { $$ = flag(with_sub(MK(JOIN, @$, $1, $5), $3), F_NATURAL); }
;

join_type:
    %empty                              { $$ = OP_INNER_JOIN; }
|   KW_INNER                            { $$ = OP_INNER_JOIN; }
|   KW_LEFT                             { $$ = OP_LEFT_JOIN; }
|   KW_LEFT KW_OUTER                    { $$ = OP_LEFT_JOIN; }
|   KW_RIGHT                            { $$ = OP_RIGHT_JOIN; }
|   KW_RIGHT KW_OUTER                   { $$ = OP_RIGHT_JOIN; }
|   KW_FULL                             { $$ = OP_FULL_JOIN; }
|   KW_FULL KW_OUTER                    { $$ = OP_FULL_JOIN; }
;

join_cond:
    KW_ON expr                          { $$ = $2; }
|   KW_USING ident_list_paren           { $$ = $2; }
;

table_ref:
    table_primary
|   table_primary match_recognize %prec PREFER_CLAUSE
                                        { $$ = $2; $2->kid[MATCH_RECOGNIZE_INPUT] = $1; $$->span = @$; }
|   table_primary match_recognize alias { $$ = $2; $2->kid[MATCH_RECOGNIZE_INPUT] = $1; $2->kid[MATCH_RECOGNIZE_ALIAS] = $3; $$->span = @$; }
;

table_primary:
    path table_hints_opt period_opt alias_opt
        { $$ = MK(TABLE_REF, @$, $1, $2, $3, $4); }
|   path table_hints_opt period_opt alias_opt tablesample
        { $$ = MK(TABLE_REF, @$, $1, $2, $3, $4); }
|   '(' query ')' alias_opt             { $$ = MK(SUBQUERY_REF, @$, $2, $4); }
|   KW_LATERAL '(' query ')' alias_opt  { $$ = flag(MK(SUBQUERY_REF, @$, $3, $5), F_LATERAL); }
|   KW_TABLE '(' call ')' alias_opt     { $$ = MK(TABLE_FUNC, @$, $3, $5); }
|   KW_LATERAL KW_TABLE '(' call ')' alias_opt
        { $$ = flag(MK(TABLE_FUNC, @$, $4, $6), F_LATERAL); }
|   KW_UNNEST '(' arg_list ')' ordinality_opt alias_opt
        { $$ = flag(MK(UNNEST, @$, LIST($3, @3), $6), $5); }
|   KW_LATERAL KW_UNNEST '(' arg_list ')' ordinality_opt alias_opt
        { $$ = flag(MK(UNNEST, @$, LIST($4, @4), $7), $6 | F_LATERAL); }
|   path '(' args ')' alias_opt
        { $$ = MK(TABLE_FUNC, @$, MK(CALL, @1, $1, LIST($3, @3)), $5); }
|   KW_TABLE '(' KW_SPECIFIC call ')' alias_opt { $$ = MK(TABLE_FUNC, @$, $4, $6); }
|   '(' from_item join_type KW_JOIN table_ref join_cond ')'
        { $$ = with_sub(MK(JOIN, @$, $2, $5, $6), $3); }
;

tablesample:
    KW_TABLESAMPLE sample_method '(' literal ')'
|   KW_TABLESAMPLE sample_method '(' literal ')' IDENT '(' INTEGER ')'
;

sample_method: IDENT | KW_SYSTEM ;

ordinality_opt:
    %empty                              { $$ = 0; }
|   KW_WITH KW_ORDINALITY               { $$ = F_WITH_ORDINALITY; }
;

period_opt:
    %empty                              { $$ = NULL; }
|   KW_FOR KW_SYSTEM_TIME KW_AS KW_OF expr { $$ = $5; }
;

alias_opt:
    %empty %prec PREFER_CLAUSE          { $$ = NULL; }
|   alias
;

alias:
    name                                { $$ = MK(ALIAS, @$, $1); }
|   KW_AS name                          { $$ = MK(ALIAS, @$, $2); }
|   name ident_list_paren               { $$ = MK(ALIAS, @$, $1, $2); }
|   KW_AS name ident_list_paren         { $$ = MK(ALIAS, @$, $2, $3); }
;

table_hints_opt:
    %empty                              { $$ = NULL; }
|   hints
;

hints:
    HINT_BEG hint_list HINT_END         { $$ = LIST($2, @$); }
;

hint_list:
    hint                                { $$ = one($1); }
|   hint_list ',' hint                  { $$ = add($1, $3); }
|   hint_list hint                      { $$ = add($1, $2); }
;

hint:
    name                                { $$ = MK(HINT, @$, $1); }
|   name '(' ')'                        { $$ = MK(HINT, @$, $1); }
|   name '(' hint_item_list ')'         { $$ = MK(HINT, @$, $1, LIST($3, @3)); }
;

hint_item_list:
    hint_item                           { $$ = one($1); }
|   hint_item_list ',' hint_item        { $$ = add($1, $3); }
;

hint_item:
    path
|   string
|   INTEGER                             { $$ = lit(ctx, LIT_INTEGER, @1); }
|   string '=' string                   { $$ = MK(PROP, @$, $1, $3); }
|   path '=' string                     { $$ = MK(PROP, @$, $1, $3); }
;

where_opt:
    %empty                              { $$ = NULL; }
|   KW_WHERE expr                       { $$ = $2; }
;

group_by_opt:
    %empty                              { $$ = NULL; }
|   KW_GROUP KW_BY all_distinct_opt group_list { $$ = LIST($4, @4); }
;

group_list:
    group_item                          { $$ = one($1); }
|   group_list ',' group_item           { $$ = add($1, $3); }
;

group_item:
    expr
|   '(' ')'                             { $$ = MK0(GROUPING, @$); }
|   KW_GROUPING KW_SETS '(' group_list ')' { $$ = with_sub(MK(GROUPING, @$, LIST($4, @4)), OP_GROUPING_SETS); }
|   KW_ROLLUP '(' group_list ')'        { $$ = with_sub(MK(GROUPING, @$, LIST($3, @3)), OP_ROLLUP); }
|   KW_CUBE '(' group_list ')'          { $$ = with_sub(MK(GROUPING, @$, LIST($3, @3)), OP_CUBE); }
;

having_opt:
    %empty                              { $$ = NULL; }
|   KW_HAVING expr                      { $$ = $2; }
;

window_opt:
    %empty                              { $$ = NULL; }
|   KW_WINDOW window_list               { $$ = LIST($2, @2); }
;

window_list:
    window_def                          { $$ = one($1); }
|   window_list ',' window_def          { $$ = add($1, $3); }
;

window_def:
    name KW_AS window_spec              { $$ = MK(WINDOW_DEF, @$, $1, $3); }
;

qualify_opt:
    %empty                              { $$ = NULL; }
|   KW_QUALIFY expr                     { $$ = $2; }
;

window_spec:
    '(' name_opt window_partition_opt order_by_opt frame_opt ')'
        { $$ = MK(WINDOW_SPEC, @$, $2, $3, $4, $5); }
;

name_opt:
    %empty                              { $$ = NULL; }
|   name
;

window_partition_opt:
    %empty                              { $$ = NULL; }
|   KW_PARTITION KW_BY expr_list        { $$ = LIST($3, @3); }
;

frame_opt:
    %empty                              { $$ = NULL; }
|   row_range frame_bound frame_exclude_opt partial_opt
        { $$ = MK(FRAME, @$, $2); }
|   row_range KW_BETWEEN frame_bound BETWEEN_AND frame_bound frame_exclude_opt partial_opt
        { $$ = MK(FRAME, @$, $3, $5); }
;

row_range: KW_ROWS | KW_RANGE ;

frame_bound:
    KW_UNBOUNDED KW_PRECEDING           { $$ = MK0(KEYWORD_ARG, @$); }
|   KW_UNBOUNDED KW_FOLLOWING           { $$ = MK0(KEYWORD_ARG, @$); }
|   KW_CURRENT KW_ROW                   { $$ = MK0(KEYWORD_ARG, @$); }
|   expr KW_PRECEDING                   { $$ = $1; }
|   expr KW_FOLLOWING                   { $$ = $1; }
;

frame_exclude_opt:
    %empty
|   KW_EXCLUDE KW_CURRENT KW_ROW
|   KW_EXCLUDE KW_GROUP
|   KW_EXCLUDE KW_TIES
|   KW_EXCLUDE IDENT IDENT
;

partial_opt:
    %empty
|   KW_ALLOW KW_PARTIAL
|   KW_DISALLOW KW_PARTIAL
;

/*---- MATCH_RECOGNIZE ------------------------------------------------------*/

match_recognize:
    KW_MATCH_RECOGNIZE '(' mr_clauses KW_PATTERN '(' pattern ')' mr_within_opt
        mr_subset_opt KW_DEFINE define_list ')'
        {
            struct node *pat = MK(MR_CLAUSE, @6, $6);
            pat->text = "PATTERN";
            $3 = add($3, pat);
            $3 = add($3, text(MK(MR_CLAUSE, @11, LIST($11, @11)), "DEFINE"));
            $$ = MK(MATCH_RECOGNIZE, @$, NULL, LIST($3, @3));
        }
;

mr_clauses:
    mr_partition_opt mr_order_opt mr_measures_opt mr_rows_opt mr_skip_opt
        {
            $$ = none();
            $$ = add($$, $<n>1);
            $$ = add($$, $<n>2);
            $$ = add($$, $<n>3);
        }
;

mr_partition_opt:
    %empty                              { $<n>$ = NULL; }
|   KW_PARTITION KW_BY expr_list        { $<n>$ = text(MK(MR_CLAUSE, @$, LIST($3, @3)), "PARTITION BY"); }
;

mr_order_opt:
    %empty                              { $<n>$ = NULL; }
|   KW_ORDER KW_BY order_list           { $<n>$ = text(MK(MR_CLAUSE, @$, LIST($3, @3)), "ORDER BY"); }
;

mr_measures_opt:
    %empty                              { $<n>$ = NULL; }
|   KW_MEASURES measure_list            { $<n>$ = text(MK(MR_CLAUSE, @$, LIST($2, @2)), "MEASURES"); }
;

measure_list:
    mr_clause                           { $$ = one($1); }
|   measure_list ',' mr_clause          { $$ = add($1, $3); }
;

/* One measure: expr AS name (FINAL/RUNNING allowed in front). */
mr_clause:
    expr KW_AS name                     { $$ = MK(SELECT_ITEM, @$, $1, $3); }
|   KW_FINAL expr KW_AS name            { $$ = MK(SELECT_ITEM, @$, $2, $4); }
|   KW_RUNNING expr KW_AS name          { $$ = MK(SELECT_ITEM, @$, $2, $4); }
;

mr_rows_opt:
    %empty
|   KW_ONE KW_ROW KW_PER KW_MATCH
|   KW_ALL KW_ROWS KW_PER KW_MATCH
|   KW_ALL KW_ROWS KW_PER KW_MATCH IDENT KW_EMPTY match_word
|   KW_ALL KW_ROWS KW_PER KW_MATCH KW_WITH IDENT match_word
;

match_word:
    IDENT
|   KW_MATCH
;

mr_skip_opt:
    %empty
|   KW_AFTER KW_MATCH KW_SKIP KW_TO KW_NEXT KW_ROW
|   KW_AFTER KW_MATCH KW_SKIP KW_PAST KW_LAST KW_ROW
|   KW_AFTER KW_MATCH KW_SKIP KW_TO KW_FIRST name
|   KW_AFTER KW_MATCH KW_SKIP KW_TO KW_LAST name
|   KW_AFTER KW_MATCH KW_SKIP KW_TO name
;

mr_within_opt:
    %empty
|   KW_WITHIN interval_literal
;

mr_subset_opt:
    %empty
|   KW_SUBSET subset_list
;

subset_list:
    name '=' ident_list_paren           { $$ = one($1); }
|   subset_list ',' name '=' ident_list_paren { $$ = add($1, $3); }
;

define_list:
    name KW_AS expr                     { $$ = one(MK(SELECT_ITEM, @$, $3, $1)); }
|   define_list ',' name KW_AS expr     { $$ = add($1, MK(SELECT_ITEM, @3, $5, $3)); }
;

pattern:
    pattern_term
|   pattern '|' pattern_term            { $$ = with_sub(MK(PATTERN, @$, $1, $3), OP_PATTERN_OR); }
;

pattern_term:
    pattern_factor
|   pattern_term pattern_factor         { $$ = with_sub(MK(PATTERN, @$, $1, $2), OP_PATTERN_SEQ); }
;

pattern_factor:
    pattern_primary
|   pattern_primary quantifier          { $$ = MK(PATTERN, @$, $1, MK0(KEYWORD_ARG, @2)); }
|   pattern_primary quantifier '?'      { $$ = MK(PATTERN, @$, $1, MK0(KEYWORD_ARG, @2)); }
;

pattern_primary:
    name                                { $$ = with_sub(MK(PATTERN, @$, $1), OP_PATTERN_VAR); }
|   '^'                                 { $$ = with_sub(MK0(PATTERN, @$), OP_PATTERN_START); }
|   '(' pattern ')'                     { $$ = $2; }
|   '(' ')'                             { $$ = with_sub(MK0(PATTERN, @$), OP_PATTERN_EMPTY); }
|   PAT_EXCL_BEG pattern PAT_EXCL_END   { $$ = $2; }
|   KW_PERMUTE '(' pattern_list ')'     { $$ = with_sub(MK0(PATTERN, @$), OP_PATTERN_PERMUTE); }
;

pattern_list:
    pattern
|   pattern_list ',' pattern
;

quantifier:
    '*'
|   '+'
|   '?'
|   '{' INTEGER '}'
|   '{' INTEGER ',' '}'
|   '{' ',' INTEGER '}'
|   '{' INTEGER ',' INTEGER '}'
;

/*==== Expressions ============================================================*/

expr_list:
    expr                                { $$ = one($1); }
|   expr_list ',' expr                  { $$ = add($1, $3); }
;

not_opt:
    %empty                              { $$ = 0; }
|   KW_NOT                              { $$ = F_NOT; }
;

cmp_op:
    '='                                 { $$ = OP_EQ; }
|   '<'                                 { $$ = OP_LT; }
|   '>'                                 { $$ = OP_GT; }
|   LE                                  { $$ = OP_LE; }
|   GE                                  { $$ = OP_GE; }
|   NE                                  { $$ = OP_NE; }
;

quant_word:
    KW_ANY                              { $$ = TK_KW_ANY; }
|   KW_SOME                             { $$ = TK_KW_SOME; }
|   KW_ALL                              { $$ = TK_KW_ALL; }
;

expr:
    primary
|   expr KW_OR expr                     { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_OR); }
|   expr KW_AND expr                    { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_AND); }
|   KW_NOT expr                         { $$ = with_sub(MK(UNARY, @$, $2), OP_NOT); }
|   expr '=' expr                       { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_EQ); }
|   expr '<' expr                       { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_LT); }
|   expr '>' expr                       { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_GT); }
|   expr LE expr                        { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_LE); }
|   expr GE expr                        { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_GE); }
|   expr NE expr                        { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_NE); }
|   expr cmp_op quant_word '(' query_np ')' %prec '='
        { $$ = with_sub(MK(PREDICATE, @$, $1, MK(SUBQUERY, @5, $5)), $2); }
|   expr cmp_op quant_word '(' expr_list ')' %prec '='
        { $$ = with_sub(MK(PREDICATE, @$, $1, LIST($5, @5)), $2); }
|   expr KW_IS not_opt KW_NULL          { $$ = flag(with_sub(MK(PREDICATE, @$, $1), OP_IS_NULL), $3); }
|   expr KW_IS not_opt KW_TRUE          { $$ = flag(with_sub(MK(PREDICATE, @$, $1), OP_IS_TRUE), $3); }
|   expr KW_IS not_opt KW_FALSE         { $$ = flag(with_sub(MK(PREDICATE, @$, $1), OP_IS_FALSE), $3); }
|   expr KW_IS not_opt KW_UNKNOWN       { $$ = flag(with_sub(MK(PREDICATE, @$, $1), OP_IS_UNKNOWN), $3); }
|   expr KW_IS not_opt KW_DISTINCT KW_FROM expr %prec KW_IS
        { $$ = flag(with_sub(MK(PREDICATE, @$, $1, $6), OP_IS_DISTINCT_FROM), $3); }
|   expr KW_IS not_opt KW_JSON json_kind_opt
        { $$ = flag(with_sub(MK(PREDICATE, @$, $1), OP_IS_JSON), $3); }
|   expr KW_BETWEEN sym_opt expr BETWEEN_AND expr %prec KW_BETWEEN
        { $$ = with_sub(MK(PREDICATE, @$, $1, $4, $6), OP_BETWEEN); }
|   expr KW_NOT KW_BETWEEN sym_opt expr BETWEEN_AND expr %prec KW_BETWEEN
        { $$ = flag(with_sub(MK(PREDICATE, @$, $1, $5, $7), OP_BETWEEN), F_NOT); }
|   expr KW_IN '(' expr_list ')'
        { $$ = with_sub(MK(PREDICATE, @$, $1, LIST($4, @4)), OP_IN); }
|   expr KW_NOT KW_IN '(' expr_list ')' %prec KW_IN
        { $$ = flag(with_sub(MK(PREDICATE, @$, $1, LIST($5, @5)), OP_IN), F_NOT); }
|   expr KW_IN '(' query_np ')'
        { $$ = with_sub(MK(PREDICATE, @$, $1, MK(SUBQUERY, @4, $4)), OP_IN); }
|   expr KW_NOT KW_IN '(' query_np ')' %prec KW_IN
        { $$ = flag(with_sub(MK(PREDICATE, @$, $1, MK(SUBQUERY, @5, $5)), OP_IN), F_NOT); }
|   expr like_op expr %prec KW_LIKE
        { $$ = with_sub(MK(PREDICATE, @$, $1, $3), OP_LIKE); }
|   expr like_op expr KW_ESCAPE expr %prec KW_LIKE
        { $$ = with_sub(MK(PREDICATE, @$, $1, $3, $5), OP_LIKE); }
|   expr KW_NOT like_op expr %prec KW_LIKE
        { $$ = flag(with_sub(MK(PREDICATE, @$, $1, $4), OP_LIKE), F_NOT); }
|   expr KW_NOT like_op expr KW_ESCAPE expr %prec KW_LIKE
        { $$ = flag(with_sub(MK(PREDICATE, @$, $1, $4, $6), OP_LIKE), F_NOT); }
|   expr KW_MEMBER KW_OF expr %prec KW_MEMBER
                                        { $$ = with_sub(MK(PREDICATE, @$, $1, $4), OP_MEMBER_OF); }
|   expr KW_NOT KW_MEMBER KW_OF expr %prec KW_MEMBER
        { $$ = flag(with_sub(MK(PREDICATE, @$, $1, $5), OP_MEMBER_OF), F_NOT); }
|   expr KW_SUBMULTISET KW_OF expr %prec KW_SUBMULTISET
                                        { $$ = with_sub(MK(PREDICATE, @$, $1, $4), OP_SUBMULTISET_OF); }
|   expr KW_OVERLAPS expr               { $$ = with_sub(MK(PREDICATE, @$, $1, $3), OP_OVERLAPS); }
|   expr CONCAT expr                    { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_CONCAT); }
|   expr '+' expr                       { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_PLUS); }
|   expr '-' expr                       { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_MINUS); }
|   expr '*' expr                       { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_TIMES); }
|   expr '/' expr                       { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_DIVIDE); }
|   expr '%' expr                       { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_MOD); }
|   expr '|' expr                       { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_BIT_OR); }
|   expr '&' expr                       { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_BIT_AND); }
|   expr '^' expr                       { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_BIT_XOR); }
|   expr SHL expr                       { $$ = with_sub(MK(BINARY, @$, $1, $3), OP_SHL); }
|   '-' expr %prec UMINUS               { $$ = with_sub(MK(UNARY, @$, $2), OP_MINUS); }
|   '+' expr %prec UMINUS               { $$ = with_sub(MK(UNARY, @$, $2), OP_PLUS); }
|   KW_EXISTS '(' query_np ')'          { $$ = with_sub(MK(SUBQUERY, @$, $3), OP_EXISTS); }
;

like_op:
    KW_LIKE
|   KW_ILIKE
|   KW_RLIKE
|   KW_SIMILAR KW_TO
;

sym_opt:
    %empty
|   KW_SYMMETRIC
|   KW_ASYMMETRIC
;

json_kind_opt:
    %empty %prec LOW
|   KW_VALUE
|   KW_OBJECT
|   KW_ARRAY
|   KW_SCALAR
;

primary:
    literal
|   path %prec LOW                      /* a column (or row field) reference */
|   call
|   special_call
|   case_expr
|   typed_literal
|   interval_literal
|   niladic
|   '?'                                 { $$ = MK0(KEYWORD_ARG, @$); }
|   '(' expr ')'                        { $$ = $2; }
|   '(' expr ',' expr_list ')'          { $$ = with_sub(MK(CONSTRUCTOR, @$,
                                               LIST(concat(one($2), $4), @$)), OP_IMPLICIT_ROW); }
|   '(' query_np ')'                    { $$ = MK(SUBQUERY, @$, $2); }
|   KW_ROW '(' args ')'                 { $$ = with_sub(MK(CONSTRUCTOR, @$, LIST($3, @3)), OP_ROW); }
|   KW_ARRAY '[' args ']'               { $$ = with_sub(MK(CONSTRUCTOR, @$, LIST($3, @3)), OP_ARRAY); }
|   KW_ARRAY '(' query_np ')'           { $$ = with_sub(MK(SUBQUERY, @$, $3), OP_ARRAY_QUERY); }
|   KW_MAP '[' args ']'                 { $$ = with_sub(MK(CONSTRUCTOR, @$, LIST($3, @3)), OP_MAP); }
|   KW_MAP '(' query_np ')'             { $$ = with_sub(MK(SUBQUERY, @$, $3), OP_MAP_QUERY); }
|   KW_MAP '(' ')'                      { $$ = MK(CALL, @$, MK(PATH, @1, ID(@1))); }
|   KW_MAP '(' expr_list ')'            { $$ = MK(CALL, @$, MK(PATH, @1, ID(@1)), LIST($3, @3)); }
|   KW_MULTISET '[' args ']'            { $$ = with_sub(MK(CONSTRUCTOR, @$, LIST($3, @3)), OP_MULTISET); }
|   KW_MULTISET '(' query_np ')'        { $$ = with_sub(MK(SUBQUERY, @$, $3), OP_MULTISET_QUERY); }
|   '{' name call '}'                   { $$ = $3; }
|   '{' name string '}'                 { $$ = MK(TYPED_LITERAL, @$, $2, $3); }
|   primary '[' expr ']'                { $$ = MK(ITEM, @$, $1, $3); }
|   primary '.' name                    { $$ = MK(FIELD_ACCESS, @$, $1, $3); }
;

literal:
    string                              { $$ = $1; }
|   USTRING                             { $$ = lit(ctx, LIT_UNICODE_STRING, @1); }
|   USTRING KW_UESCAPE STRING           { $$ = lit(ctx, LIT_UNICODE_STRING, @$); }
|   XSTRING                             { $$ = lit(ctx, LIT_BINARY_STRING, @1); }
|   INTEGER                             { $$ = lit(ctx, LIT_INTEGER, @1); }
|   DECIMAL                             { $$ = lit(ctx, LIT_DECIMAL, @1); }
|   APPROX                              { $$ = lit(ctx, LIT_APPROX, @1); }
|   KW_TRUE                             { $$ = lit(ctx, LIT_TRUE, @1); }
|   KW_FALSE                            { $$ = lit(ctx, LIT_FALSE, @1); }
|   KW_UNKNOWN                          { $$ = lit(ctx, LIT_UNKNOWN, @1); }
|   KW_NULL                             { $$ = lit(ctx, LIT_NULL, @1); }
;

typed_literal:
    KW_DATE string                      { $$ = MK(TYPED_LITERAL, @$, ID(@1), $2); }
|   KW_TIME string                      { $$ = MK(TYPED_LITERAL, @$, ID(@1), $2); }
|   KW_TIMESTAMP string                 { $$ = MK(TYPED_LITERAL, @$, ID(@1), $2); }
|   KW_TIMESTAMP_LTZ string             { $$ = MK(TYPED_LITERAL, @$, ID(@1), $2); }
|   KW_TIMESTAMP KW_WITH KW_LOCAL KW_TIME KW_ZONE string
                                        { $$ = MK(TYPED_LITERAL, @$, ID(@1), $6); }
;

interval_literal:
    KW_INTERVAL interval_value interval_qualifier
                                        { $$ = MK(INTERVAL, @$, $<n>2, $3); }
|   KW_INTERVAL '-' interval_value interval_qualifier
                                        { $$ = MK(INTERVAL, @$, $<n>3, $4); }
|   KW_INTERVAL '+' interval_value interval_qualifier
                                        { $$ = MK(INTERVAL, @$, $<n>3, $4); }
;

interval_value:
    string                              { $<n>$ = $1; }
|   INTEGER                             { $<n>$ = lit(ctx, LIT_INTEGER, @1); }
|   DECIMAL                             { $<n>$ = lit(ctx, LIT_DECIMAL, @1); }
|   '(' expr ')'                        { $<n>$ = $2; }
|   path                                { $<n>$ = $1; }
;

niladic:
    KW_CURRENT_DATE                     { $$ = MK(CALL, @$, ID(@1)); }
|   KW_CURRENT_TIME                     { $$ = MK(CALL, @$, ID(@1)); }
|   KW_CURRENT_TIMESTAMP                { $$ = MK(CALL, @$, ID(@1)); }
|   KW_LOCALTIME                        { $$ = MK(CALL, @$, ID(@1)); }
|   KW_LOCALTIMESTAMP                   { $$ = MK(CALL, @$, ID(@1)); }
|   KW_CURRENT_USER                     { $$ = MK(CALL, @$, ID(@1)); }
|   KW_SESSION_USER                     { $$ = MK(CALL, @$, ID(@1)); }
|   KW_SYSTEM_USER                      { $$ = MK(CALL, @$, ID(@1)); }
|   KW_USER                             { $$ = MK(CALL, @$, ID(@1)); }
|   KW_CURRENT_ROLE                     { $$ = MK(CALL, @$, ID(@1)); }
|   KW_CURRENT_PATH                     { $$ = MK(CALL, @$, ID(@1)); }
|   KW_CURRENT_CATALOG                  { $$ = MK(CALL, @$, ID(@1)); }
|   KW_CURRENT_SCHEMA                   { $$ = MK(CALL, @$, ID(@1)); }
;

/* Function names: paths, and reserved words that name functions. */
func_name:
    path %prec '('
|   RESERVED_WORD                       { $$ = MK(PATH, @$, ID(@1)); }
|   func_keyword                        { $$ = MK(PATH, @$, ID(@1)); }
;

func_keyword:
    KW_LEFT | KW_RIGHT | KW_TRUNCATE | KW_YEAR | KW_MONTH | KW_DAY
|   KW_HOUR | KW_MINUTE | KW_SECOND | KW_NEXT | KW_GROUPING | KW_CURRENT_DATE
|   KW_CURRENT_TIME | KW_CURRENT_TIMESTAMP | KW_LOCALTIME | KW_LOCALTIMESTAMP
|   KW_USER | KW_CURRENT_CATALOG | KW_CURRENT_SCHEMA | KW_CURRENT_USER
|   KW_SESSION_USER | KW_SYSTEM_USER | KW_CURRENT_ROLE | KW_CURRENT_PATH
;

call:
    func_name '(' args ')' call_tail_over
        {
            $$ = MK(CALL, @$, $1, LIST($3, @3));
            if ($5) {
                $$->kid[CALL_FILTER] = $5->kid[TUPLE_A];
                $$->kid[CALL_OVER] = $5->kid[TUPLE_B];
                $$->kid[CALL_WITHIN] = $5->kid[TUPLE_C];
            }
        }
|   func_name '(' set_quantifier args ')' call_tail_over
        {
            $$ = flag(MK(CALL, @$, $1, LIST($4, @4)), F_DISTINCT);
            if ($6) {
                $$->kid[CALL_FILTER] = $6->kid[TUPLE_A];
                $$->kid[CALL_OVER] = $6->kid[TUPLE_B];
                $$->kid[CALL_WITHIN] = $6->kid[TUPLE_C];
            }
        }
|   func_name '(' '*' ')' call_tail_over
        {
            $$ = MK(CALL, @$, $1, LIST(one(MK(STAR, @3, NULL)), @3));
            if ($5) {
                $$->kid[CALL_FILTER] = $5->kid[TUPLE_A];
                $$->kid[CALL_OVER] = $5->kid[TUPLE_B];
                $$->kid[CALL_WITHIN] = $5->kid[TUPLE_C];
            }
        }
;

set_quantifier:
    KW_ALL
|   KW_DISTINCT
;

/* FILTER, WITHIN GROUP, null treatment and OVER after a call: a TUPLE node
 * whose kids are filter, over, within (or NULL when there is none). */
call_tail_over:
    within_group_opt filter_opt null_treatment_opt over_opt
        {
            $$ = (!$<n>1 && !$<n>2 && !$<n>4) ? NULL
                 : MK(TUPLE, @$, $<n>2, $<n>4, $<n>1);
        }
;

within_group_opt:
    %empty %prec LOW                    { $<n>$ = NULL; }
|   KW_WITHIN KW_GROUP '(' KW_ORDER KW_BY order_list ')'
                                        { $<n>$ = LIST($6, @6); }
;

filter_opt:
    %empty %prec LOW                    { $<n>$ = NULL; }
|   KW_FILTER '(' KW_WHERE expr ')'     { $<n>$ = $4; }
;

null_treatment_opt:
    %empty %prec LOW
|   KW_IGNORE KW_NULLS
|   KW_RESPECT KW_NULLS
;

over_opt:
    %empty %prec LOW                    { $<n>$ = NULL; }
|   KW_OVER window_ref                  { $<n>$ = $2; }
;

window_ref:
    name                                { $$ = MK(WINDOW_SPEC, @$, $1); }
|   window_spec
;

args:
    %empty                              { $$ = none(); }
|   arg_list
|   arg_list null_treatment_in          { $$ = $1; }
;

null_treatment_in:
    KW_IGNORE KW_NULLS
|   KW_RESPECT KW_NULLS
;

arg_list:
    arg                                 { $$ = one($1); }
|   arg_list ',' arg                    { $$ = add($1, $3); }
;

arg:
    expr
|   path_parts '.' '*'                  { $$ = MK(STAR, @$, MK(PATH, @1, first($1))); }
|   name ARROW expr                     { $$ = MK(NAMED_ARG, @$, $1, $3); }
|   name ARROW table_arg                { $$ = MK(NAMED_ARG, @$, $1, $<n>3); }
|   table_arg                           { $$ = $<n>1; }
|   KW_MODEL path                       { $$ = MK(MODEL_ARG, @$, $2); }
|   KW_DEFAULT                          { $$ = MK0(KEYWORD_ARG, @$); }
|   KW_CURSOR '(' query ')'             { $$ = with_sub(MK(SUBQUERY, @$, $3), OP_CURSOR); }
|   expr LAMBDA expr                    { $$ = MK(LAMBDA, @$, $1, $3); }
|   expr KW_PARTITION KW_BY expr_or_list table_arg_order_opt
                                        { $$ = MK(TABLE_ARG, @$, $1); }
;

table_arg:
    KW_TABLE path table_arg_partition_opt table_arg_order_opt
                                        { $<n>$ = MK(TABLE_ARG, @$, $2); }
;

table_arg_partition_opt:
    %empty
|   KW_PARTITION KW_BY expr_or_list
;

expr_or_list:
    expr
;

table_arg_order_opt:
    %empty
|   KW_ORDER KW_BY order_list %prec LOW
;

special_call:
    KW_CAST '(' expr KW_AS type ')'     { $$ = MK(CAST, @$, $3, $5); }
|   KW_TRY_CAST '(' expr KW_AS type ')' { $$ = flag(MK(CAST, @$, $3, $5), F_TRY); }
|   KW_EXTRACT '(' unit_word KW_FROM expr ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $5), "EXTRACT"); }
|   KW_POSITION '(' expr POSITION_IN expr ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $3, $5), "POSITION"); }
|   KW_POSITION '(' expr POSITION_IN expr KW_FROM expr ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $3, $5, $7), "POSITION"); }
|   KW_TRIM '(' trim_spec expr KW_FROM expr ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $4, $6), "TRIM"); }
|   KW_TRIM '(' trim_spec KW_FROM expr ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $5), "TRIM"); }
|   KW_TRIM '(' expr KW_FROM expr ')'   { $$ = text(MK(SPECIAL_CALL, @$, $3, $5), "TRIM"); }
|   KW_TRIM '(' expr ')'                { $$ = text(MK(SPECIAL_CALL, @$, $3), "TRIM"); }
|   KW_SUBSTRING '(' expr KW_FROM expr ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $3, $5), "SUBSTRING"); }
|   KW_SUBSTRING '(' expr KW_FROM expr KW_FOR expr ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $3, $5, $7), "SUBSTRING"); }
|   KW_OVERLAY '(' expr KW_PLACING expr KW_FROM expr ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $3, $5, $7), "OVERLAY"); }
|   KW_OVERLAY '(' expr KW_PLACING expr KW_FROM expr KW_FOR expr ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $3, $5, $7, $9), "OVERLAY"); }
|   floor_ceil '(' expr KW_TO unit_word ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $3), "FLOOR"); }
|   floor_ceil '(' arg_list ')'         { $$ = MK(CALL, @$, MK(PATH, @1, ID(@1)), LIST($3, @3)); }
|   KW_TIMESTAMPADD '(' unit_keyword ',' expr ',' expr ')'
                                        { $$ = MK(CALL, @$, MK(PATH, @1, ID(@1)),
                                                  LIST(add(add(one(MK0(TIME_UNIT, @3)), $5), $7), @3)); }
|   KW_TIMESTAMPADD '(' args ')'         { $$ = MK(CALL, @$, MK(PATH, @1, ID(@1)), LIST($3, @3)); }
|   KW_TIMESTAMPDIFF '(' unit_keyword ',' expr ',' expr ')'
                                        { $$ = MK(CALL, @$, MK(PATH, @1, ID(@1)),
                                                  LIST(add(add(one(MK0(TIME_UNIT, @3)), $5), $7), @3)); }
|   KW_TIMESTAMPDIFF '(' args ')'         { $$ = MK(CALL, @$, MK(PATH, @1, ID(@1)), LIST($3, @3)); }
|   KW_SUBSTRING '(' arg_list ')'       { $$ = MK(CALL, @$, MK(PATH, @1, ID(@1)), LIST($3, @3)); }
|   KW_TRANSLATE '(' arg_list ')'       { $$ = MK(CALL, @$, MK(PATH, @1, ID(@1)), LIST($3, @3)); }
|   KW_CONVERT '(' expr KW_USING path ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $3), "CONVERT"); }
|   KW_CONVERT '(' arg_list ')'         { $$ = MK(CALL, @$, MK(PATH, @1, ID(@1)), LIST($3, @3)); }
|   KW_TRANSLATE '(' expr KW_USING path ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $3), "TRANSLATE"); }
|   KW_JSON_VALUE '(' expr ',' expr json_returning_opt json_value_behaviors ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $3, $5), "JSON_VALUE"); }
|   KW_JSON_QUERY '(' expr ',' expr json_returning_opt json_wrapper_opt json_query_behaviors ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $3, $5), "JSON_QUERY"); }
|   KW_JSON_EXISTS '(' expr ',' expr ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $3, $5), "JSON_EXISTS"); }
|   KW_JSON_EXISTS '(' expr ',' expr json_exists_behavior KW_ON KW_ERROR ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $3, $5), "JSON_EXISTS"); }
|   KW_JSON_OBJECT '(' json_on_null_opt ')'
                                        { $$ = text(MK0(SPECIAL_CALL, @$), "JSON_OBJECT"); }
|   KW_JSON_OBJECT '(' json_kv_list json_on_null_opt ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, LIST($3, @3)), "JSON_OBJECT"); }
|   KW_JSON_OBJECTAGG '(' json_kv json_on_null_opt ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, $3), "JSON_OBJECTAGG"); }
|   KW_JSON_ARRAY '(' json_on_null_opt ')'
                                        { $$ = text(MK0(SPECIAL_CALL, @$), "JSON_ARRAY"); }
|   KW_JSON_ARRAY '(' expr_list json_on_null_opt ')'
                                        { $$ = text(MK(SPECIAL_CALL, @$, LIST($3, @3)), "JSON_ARRAY"); }
|   KW_JSON_ARRAY '(' query_np ')'      { $$ = text(MK(SPECIAL_CALL, @$, MK(SUBQUERY, @3, $3)), "JSON_ARRAY"); }
|   KW_JSON_ARRAYAGG '(' expr order_by_opt json_on_null_opt ')' call_tail_over
                                        { $$ = text(MK(SPECIAL_CALL, @$, $3), "JSON_ARRAYAGG"); }
;

unit_keyword: KW_YEAR | KW_MONTH | KW_DAY | KW_HOUR | KW_MINUTE | KW_SECOND ;

floor_ceil: KW_FLOOR | KW_CEIL | KW_CEILING ;

trim_spec: KW_BOTH | KW_LEADING | KW_TRAILING ;

json_returning_opt:
    %empty
|   KW_RETURNING type_common
;

json_value_behaviors:
    %empty
|   json_behavior KW_ON KW_EMPTY
|   json_behavior KW_ON KW_ERROR
|   json_behavior KW_ON KW_EMPTY json_behavior KW_ON KW_ERROR
;

json_behavior:
    KW_NULL                             { $$ = NULL; }
|   KW_ERROR                            { $$ = NULL; }
|   KW_DEFAULT expr                     { $$ = $2; }
;

json_wrapper_opt:
    %empty
|   KW_WITHOUT array_opt KW_WRAPPER
|   KW_WITH array_opt KW_WRAPPER
|   KW_WITH KW_CONDITIONAL array_opt KW_WRAPPER
|   KW_WITH KW_UNCONDITIONAL array_opt KW_WRAPPER
;

array_opt:
    %empty
|   KW_ARRAY
;

json_query_behaviors:
    %empty
|   json_q_behavior KW_ON KW_EMPTY
|   json_q_behavior KW_ON KW_ERROR
|   json_q_behavior KW_ON KW_EMPTY json_q_behavior KW_ON KW_ERROR
;

json_q_behavior:
    KW_NULL                             { $$ = NULL; }
|   KW_ERROR                            { $$ = NULL; }
|   KW_EMPTY KW_ARRAY                   { $$ = NULL; }
|   KW_EMPTY KW_OBJECT                  { $$ = NULL; }
;

json_exists_behavior:
    KW_TRUE | KW_FALSE | KW_UNKNOWN | KW_ERROR
;

json_kv_list:
    json_kv                             { $$ = one($1); }
|   json_kv_list ',' json_kv            { $$ = add($1, $3); }
;

json_kv:
    KW_KEY expr KW_VALUE expr           { $$ = MK(PROP, @$, $2, $4); }
|   expr KW_VALUE expr                  { $$ = MK(PROP, @$, $1, $3); }
|   expr ':' expr                       { $$ = MK(PROP, @$, $1, $3); }
;

json_on_null_opt:
    %empty                              { $$ = NULL; }
|   KW_NULL KW_ON KW_NULL               { $$ = NULL; }
|   KW_ABSENT KW_ON KW_NULL             { $$ = NULL; }
;

case_expr:
    KW_CASE when_list else_opt KW_END   { $$ = MK(CASE, @$, NULL, LIST($2, @2), $<n>3); }
|   KW_CASE expr when_list else_opt KW_END
                                        { $$ = MK(CASE, @$, $2, LIST($3, @3), $<n>4); }
;

when_list:
    when                                { $$ = one($1); }
|   when_list when                      { $$ = add($1, $2); }
;

when:
    KW_WHEN expr_list KW_THEN expr      { $$ = MK(WHEN, @$, LIST($2, @2), $4); }
;

else_opt:
    %empty                              { $<n>$ = NULL; }
|   KW_ELSE expr                        { $<n>$ = $2; }
;

/*==== Non-reserved keywords: also names =======================================*/

nonreserved:
    KW_ABSENT | KW_ADD | KW_AFTER | KW_ANALYZE | KW_ARTIFACT | KW_ASC
|   KW_BUCKETS | KW_CASCADE | KW_CATALOG | KW_CHANGELOG_MODE | KW_COLUMNS
|   KW_COMPACT | KW_COMPILE | KW_COMPUTE | KW_CONDITIONAL | KW_CONFLICT | KW_CONNECTION
|   KW_CONNECTIONS | KW_DEDUPLICATE | KW_DO | KW_NOTHING
|   KW_CONSTRAINTS | KW_CONTINUOUS | KW_DATABASE | KW_DESC | KW_DESCRIPTOR
|   KW_DISTRIBUTED | KW_DISTRIBUTION | KW_DRAIN | KW_ENFORCED | KW_ERROR
|   KW_ESTIMATED_COST | KW_EXCLUDE | KW_EXCLUDING | KW_FINAL | KW_FIRST
|   KW_FOLLOWING | KW_FRESHNESS | KW_GENERATED | KW_HASH | KW_IF | KW_IGNORE
|   KW_INCLUDING | KW_INPUT | KW_JAR | KW_JARS | KW_JOB | KW_JOBS
|   KW_JSON | KW_JSON_EXECUTION_PLAN | KW_KEY | KW_LAST | KW_LOAD | KW_MAP
|   KW_MATERIALIZED | KW_METADATA | KW_MODEL | KW_MODELS | KW_MODIFY
|   KW_NULLS | KW_OBJECT | KW_OPTIONS | KW_ORDINALITY | KW_OTHERS | KW_OUTPUT
|   KW_OVERWRITE | KW_OVERWRITING | KW_PARTIAL | KW_PARTITIONED | KW_PARTITIONS
|   KW_PAST | KW_PLACING | KW_PLAN | KW_PLAN_ADVICE | KW_PRECEDING
|   KW_PROCEDURES | KW_REFRESH | KW_REFRESH_MODE | KW_REMOVE | KW_REPLACE
|   KW_RESPECT | KW_RESTRICT | KW_RESUME | KW_RETURNING | KW_SCALAR
|   KW_SETS | KW_START_MODE | KW_STATISTICS | KW_STOP | KW_STRUCTURED
|   KW_SUSPEND | KW_TEMPORARY | KW_TIES | KW_TIMESTAMPADD | KW_TIMESTAMPDIFF | KW_TRY_CAST | KW_UNBOUNDED
|   KW_UNCONDITIONAL | KW_UNLOAD | KW_VARIANT | KW_VIEW | KW_VIRTUAL
|   KW_WRAPPER | KW_ZONE | KW_QUALIFY
;

%%

static void yyerror(struct span *loc, struct parse_ctx *ctx, const char *msg)
{
    if (strcmp(msg, "memory exhausted") == 0) {
        struct diag *d = parse_error(ctx, *loc, "statement nested too deeply "
                                     "(more than %d levels)", YYMAXDEPTH);
        if (d)
            diag_set_hint(ctx->diags, d, "split the expression or the "
                          "query into smaller parts");
        return;
    }
    parse_error(ctx, *loc, "%s", msg);
}

/* Statement-starting keywords: when one of them is unexpected where ';'
 * would be accepted, the user most likely forgot the ';'. */
static bool starts_statement(yysymbol_kind_t s)
{
    switch (s) {
    case YYSYMBOL_KW_CREATE: case YYSYMBOL_KW_INSERT: case YYSYMBOL_KW_UPSERT:
    case YYSYMBOL_KW_SELECT: case YYSYMBOL_KW_ALTER: case YYSYMBOL_KW_DROP:
    case YYSYMBOL_KW_USE: case YYSYMBOL_KW_BEGIN: case YYSYMBOL_KW_EXECUTE:
    case YYSYMBOL_KW_EXPLAIN: case YYSYMBOL_KW_SHOW: case YYSYMBOL_KW_DESCRIBE:
    case YYSYMBOL_KW_SET: case YYSYMBOL_KW_RESET: case YYSYMBOL_KW_END:
    case YYSYMBOL_LEGACY_SET: case YYSYMBOL_LEGACY_RESET:
    case YYSYMBOL_KW_COMPILE: case YYSYMBOL_KW_LOAD: case YYSYMBOL_KW_UNLOAD:
    case YYSYMBOL_KW_CALL: case YYSYMBOL_KW_DELETE: case YYSYMBOL_KW_UPDATE:
    case YYSYMBOL_KW_TRUNCATE: case YYSYMBOL_KW_ANALYZE:
    case YYSYMBOL_KW_ADD: case YYSYMBOL_KW_REMOVE: case YYSYMBOL_KW_STOP:
    case YYSYMBOL_CLIENT_CMD:
        return true;
    default:
        return false;
    }
}

/* Keywords that shape statements: a user typing one of them where a name
 * belongs made a structural mistake, not a naming one. */
static bool is_structural(yysymbol_kind_t s)
{
    switch (s) {
    case YYSYMBOL_KW_SELECT: case YYSYMBOL_KW_FROM: case YYSYMBOL_KW_WHERE:
    case YYSYMBOL_KW_GROUP: case YYSYMBOL_KW_BY: case YYSYMBOL_KW_HAVING:
    case YYSYMBOL_KW_ORDER: case YYSYMBOL_KW_LIMIT: case YYSYMBOL_KW_OFFSET:
    case YYSYMBOL_KW_FETCH: case YYSYMBOL_KW_JOIN: case YYSYMBOL_KW_ON:
    case YYSYMBOL_KW_AND: case YYSYMBOL_KW_OR: case YYSYMBOL_KW_NOT:
    case YYSYMBOL_KW_AS: case YYSYMBOL_KW_WITH: case YYSYMBOL_KW_INSERT:
    case YYSYMBOL_KW_INTO: case YYSYMBOL_KW_VALUES: case YYSYMBOL_KW_TABLE:
    case YYSYMBOL_KW_CREATE: case YYSYMBOL_KW_SET: case YYSYMBOL_KW_UNION:
    case YYSYMBOL_KW_EXCEPT: case YYSYMBOL_KW_INTERSECT: case YYSYMBOL_KW_ALL:
    case YYSYMBOL_KW_DISTINCT: case YYSYMBOL_KW_CASE: case YYSYMBOL_KW_WHEN:
    case YYSYMBOL_KW_THEN: case YYSYMBOL_KW_ELSE: case YYSYMBOL_KW_END:
    case YYSYMBOL_KW_IS: case YYSYMBOL_KW_NULL: case YYSYMBOL_KW_IN:
    case YYSYMBOL_KW_BETWEEN: case YYSYMBOL_KW_LIKE: case YYSYMBOL_KW_EXISTS:
    case YYSYMBOL_KW_INNER: case YYSYMBOL_KW_LEFT: case YYSYMBOL_KW_RIGHT:
    case YYSYMBOL_KW_FULL: case YYSYMBOL_KW_OUTER: case YYSYMBOL_KW_CROSS:
    case YYSYMBOL_KW_NATURAL: case YYSYMBOL_KW_USING: case YYSYMBOL_KW_WINDOW:
    case YYSYMBOL_KW_OVER: case YYSYMBOL_KW_PARTITION: case YYSYMBOL_KW_DROP:
    case YYSYMBOL_KW_ALTER: case YYSYMBOL_KW_BEGIN: case YYSYMBOL_KW_EXECUTE:
    case YYSYMBOL_KW_EXPLAIN: case YYSYMBOL_KW_SHOW: case YYSYMBOL_KW_USE:
    case YYSYMBOL_KW_DESCRIBE: case YYSYMBOL_KW_UPSERT: case YYSYMBOL_KW_FOR:
    case YYSYMBOL_KW_TO: case YYSYMBOL_KW_TRUE: case YYSYMBOL_KW_FALSE:
        return true;
    default:
        return false;
    }
}

static bool is_keyword_symbol(yysymbol_kind_t s)
{
    const char *n = yysymbol_name(s);
    if (!*n)
        return false;
    for (; *n; n++)
        if (!((*n >= 'A' && *n <= 'Z') || *n == '_' || (*n >= '0' && *n <= '9')))
            return false;
    return true;
}

/* "'SELECT'" for keywords, "identifier" for described tokens, "','" for
 * punctuation. */
static const char *display(struct parse_ctx *ctx, yysymbol_kind_t s)
{
    if (is_keyword_symbol(s))
        return arena_printf(ctx->tree, "'%s'", yysymbol_name(s));
    return yysymbol_name(s);
}

/* The text at sp as the user wrote it, quoted and shortened for messages
 * (in the statement's arena: only the message built from it is kept):
 * its first line, at most 40 bytes, cut between characters. */
static const char *quoted_text(struct parse_ctx *ctx, struct span sp)
{
    const char *t = ctx->src->text + sp.start;
    size_t n = sp.end - sp.start;
    size_t cut = 0;
    while (cut < n && t[cut] != '\n' && t[cut] != '\r')
        cut++;
    cut = utf8_cut(t, cut, 40);
    if (t[0] == '\'')      /* a string literal shows its own quotes */
        return arena_printf(ctx->tree, "%.*s%s", (int)cut, t,
                            cut < n ? "..." : "");
    return arena_printf(ctx->tree, "'%.*s%s'", (int)cut, t,
                        cut < n ? "..." : "");
}

/* The offending token, or NULL at the end of the input. */
static const char *token_text(struct parse_ctx *ctx, yysymbol_kind_t s,
                              struct span sp)
{
    if (s == YYSYMBOL_YYEOF || sp.end == sp.start)
        return NULL;
    return quoted_text(ctx, sp);
}

/* Tokens that continue an expression: listed as "an operator". */
static bool is_operator(yysymbol_kind_t s)
{
    switch (s) {
    case YYSYMBOL_KW_AND: case YYSYMBOL_KW_OR: case YYSYMBOL_KW_NOT:
    case YYSYMBOL_KW_IS: case YYSYMBOL_KW_IN: case YYSYMBOL_KW_LIKE:
    case YYSYMBOL_KW_ILIKE: case YYSYMBOL_KW_RLIKE: case YYSYMBOL_KW_SIMILAR:
    case YYSYMBOL_KW_BETWEEN: case YYSYMBOL_KW_MEMBER:
    case YYSYMBOL_KW_SUBMULTISET: case YYSYMBOL_KW_OVERLAPS:
    case YYSYMBOL_LE: case YYSYMBOL_GE: case YYSYMBOL_NE: case YYSYMBOL_CONCAT:
    case YYSYMBOL_SHL: case YYSYMBOL_KW_ESCAPE: case YYSYMBOL_BETWEEN_AND:
        return true;
    default:
        break;
    }
    static const char ops[] = "=<>+-*/%|&^[.";
    for (const char *c = ops; *c; c++) {
        int tok = *c;
        if (s == YYTRANSLATE(tok))
            return true;
    }
    return false;
}

static bool contains(const yysymbol_kind_t *v, int n, yysymbol_kind_t s)
{
    for (int i = 0; i < n; i++)
        if (v[i] == s)
            return true;
    return false;
}

/* A missing ',' between two items of a list (SELECT a b c, SELECT a AVG(x),
 * (a INT b INT), IN (1 2)): ',' was possible; the token before ends an item
 * (a name, a literal, a type word, ')' or '>'); the unexpected one starts an
 * item (a name, a number, or any word called as a function). */
static bool missing_comma(struct parse_ctx *ctx, yysymbol_kind_t la,
                          struct span sp, const yysymbol_kind_t *exp, int n)
{
    if (!contains(exp, n, YYTRANSLATE(',')))
        return false;
    int prev = ctx->prev_token;
    bool prev_ends = prev == TK_IDENT || prev == TK_STRING ||
                     prev == TK_INTEGER || prev == TK_DECIMAL ||
                     prev == TK_APPROX || prev == ')' || prev == '>' ||
                     (prev >= TK_KW_ALL && !is_operator(YYTRANSLATE(prev)) &&
                      !is_structural(YYTRANSLATE(prev)));
    if (!prev_ends)
        return false;
    if (la == YYSYMBOL_IDENT || la == YYSYMBOL_INTEGER ||
        la == YYSYMBOL_DECIMAL || la == YYSYMBOL_APPROX)
        return true;
    if (la != YYSYMBOL_RESERVED_WORD && !is_keyword_symbol(la))
        return false;
    if (is_structural(la) || is_operator(la) || starts_statement(la))
        return false;
    /* a word followed by '(' is a call: AVG(x) */
    const char *p = ctx->src->text + sp.end;
    while (*p == ' ' || *p == '\t')
        p++;
    return *p == '(' || kw_category(ctx->src->text + sp.start,
                                     sp.end - sp.start) != KW_RESERVED;
}

static int yyreport_syntax_error(const yypcontext_t *yyctx,
                                 struct parse_ctx *ctx)
{
    if (ctx->fast) {
        /* The LAC-free parser stops at its first error; the driver parses
         * the statement again with LAC for an exact message. */
        ctx->fast_failed = true;
        return 2;               /* ends the parse like memory exhaustion */
    }
    enum { MAX_EXPECTED = 5 };
    yysymbol_kind_t exp[YYNTOKENS];
    yysymbol_kind_t la = yypcontext_token(yyctx);
    struct span sp = *yypcontext_location(yyctx);
    ctx->missing_semi = false;
    if (ctx->stmt_failed)
        return 0;
    /* Past the file's limit an error is only counted. Only a forgotten
     * ';' (a statement's first word) changes how the parse goes on, so
     * only then are the expected tokens worth their cost (each is tried
     * with LAC). */
    if (ctx->errors >= MAX_FINDINGS && !(starts_statement(la) && sp.start > 0)) {
        parse_error(ctx, sp, "%s", "");
        return 0;
    }
    int n = yypcontext_expected_tokens(yyctx, exp, YYNTOKENS);
    if (n < 0)
        n = 0;

    const char *what = token_text(ctx, la, sp);
    if (!what)
        what = "end of input";
    struct diag *d;

    /* MINUS: Flink's conformance level rejects it. */
    if (la == YYSYMBOL_RESERVED_WORD && sp.end - sp.start == 5 &&
        kw_equal_nocase(ctx->src->text + sp.start, "MINUS", 5)) {
        d = parse_error(ctx, sp, "MINUS is not supported in Flink SQL");
        if (d)
            diag_set_hint(ctx->diags, d, "use EXCEPT");
        return 0;
    }
    bool comma = missing_comma(ctx, la, sp, exp, n);
    /* A reserved word where a name is expected (a statement's first word
     * too, where no ';' could end the statement: (a INT, end INT)). */
    if (!comma && (la == YYSYMBOL_RESERVED_WORD ||
         (is_keyword_symbol(la) && (!is_structural(la) ||
          (starts_statement(la) && !contains(exp, n, YYTRANSLATE(';')))))) &&
        contains(exp, n, YYSYMBOL_IDENT) &&
        kw_category(ctx->src->text + sp.start, sp.end - sp.start) ==
            KW_RESERVED) {
        d = parse_error(ctx, sp, "%s is a reserved word and cannot be used as "
                        "a name here", what);
        if (d) {
            int len = (int)(sp.end - sp.start);
            const char *word = ctx->src->text + sp.start;
            diag_set_hint(ctx->diags, d, "quote it with backticks: `%.*s`",
                          len, word);
            diag_set_fix(ctx->diags, d, true, sp,
                         arena_printf(ctx->arena, "`%.*s`", len, word),
                         "quote `%.*s`", len, word);
        }
        return 0;
    }
    /* A forgotten ';' between two statements. */
    if (starts_statement(la) && contains(exp, n, YYTRANSLATE(';')) &&
        sp.start > 0) {
        d = parse_error(ctx, sp, "missing ';' before %s", what);
        if (d)
            diag_set_hint(ctx->diags, d, "end the previous statement with ';'");
        ctx->missing_semi = true;
        return 0;
    }
    /* Past the file's limit an error is only counted (and nothing below
     * changes how the parse goes on): no message to build. */
    if (ctx->errors >= MAX_FINDINGS) {
        parse_error(ctx, sp, "%s", "");
        return 0;
    }

    /* 'name' where a name belongs: single quotes make a string. */
    if (la == YYSYMBOL_STRING && contains(exp, n, YYSYMBOL_IDENT) &&
        !contains(exp, n, YYSYMBOL_STRING) && sp.end - sp.start >= 2) {
        d = parse_error(ctx, sp, "%s is a string literal, not a name", what);
        /* the text between the quotes (after a prefix: N'x', _utf8'x'),
         * on one line: a name continued over lines is no name */
        const char *t = ctx->src->text;
        uint32_t q = sp.start;
        while (q < sp.end && t[q] != '\'')
            q++;
        uint32_t e = q + 1;
        while (e < sp.end && t[e] != '\'' && t[e] != '\n' && t[e] != '\r')
            e++;
        if (d && q < sp.end && e < sp.end && t[e] == '\'' && e > q + 1)
            diag_set_hint(ctx->diags, d, "quote names with backticks: `%.*s`",
                          (int)(e - q - 1), t + q + 1);
        return 0;
    }
    /* 'a'\n'b' is one literal: the ',' between two strings is missing */
    if (ctx->prev_token == TK_STRING && ctx->joined_last.end == ctx->prev_span.end &&
        ctx->joined_last.start > ctx->prev_span.start) {
        struct span js = ctx->joined_last, jp = ctx->joined_prev;
        d = parse_error(ctx, js, "%s continues the string literal on the "
                        "line before (adjacent literals are joined), then %s "
                        "is unexpected", quoted_text(ctx, js), what);
        if (d)
            diag_set_hint(ctx->diags, d, "a ',' is probably missing after "
                          "%s", quoted_text(ctx, jp));
        return 0;
    }
    /* A trailing comma before ')'. */
    if (la == YYTRANSLATE(')') && ctx->prev_token == ',') {
        d = parse_error(ctx, sp, "unexpected ')' after ','");
        if (d)
            diag_set_hint(ctx->diags, d, "remove the trailing ','");
        return 0;
    }

    char buf[512];
    size_t used = 0;
    buf[0] = '\0';
    /* Operators are summarised: "expected ',', ')' or an operator". */
    yysymbol_kind_t rest[YYNTOKENS];
    int nops = 0, nrest = 0;
    for (int i = 0; i < n; i++) {
        if (is_operator(exp[i]))
            nops++;
        else
            rest[nrest++] = exp[i];
    }
    if (nops > 3 && nrest > 0 && nrest < MAX_EXPECTED) {
        used += (size_t)snprintf(buf, sizeof buf, ", expected ");
        for (int i = 0; i < nrest && used < sizeof buf; i++)
            used += (size_t)snprintf(buf + used, sizeof buf - used, "%s%s",
                                     i == 0 ? "" : ", ", display(ctx, rest[i]));
        if (used < sizeof buf)
            snprintf(buf + used, sizeof buf - used, " or an operator");
    } else if (n > 0 && n <= MAX_EXPECTED) {
        used += (size_t)snprintf(buf, sizeof buf, ", expected ");
        for (int i = 0; i < n && used < sizeof buf; i++) {
            const char *sep = i == 0 ? "" : i == n - 1 ? " or " : ", ";
            used += (size_t)snprintf(buf + used, sizeof buf - used, "%s%s",
                                     sep, display(ctx, exp[i]));
        }
    } else if (comma) {
        ;                       /* the hint says what is missing */
    } else if (contains(exp, n, YYSYMBOL_IDENT) &&
               contains(exp, n, YYSYMBOL_INTEGER)) {
        snprintf(buf, sizeof buf, ", expected an expression");
    } else if (contains(exp, n, YYSYMBOL_IDENT)) {
        snprintf(buf, sizeof buf, ", expected a name");
    }
    d = parse_error(ctx, sp, "unexpected %s%s", what, buf);
    /* A misspelt clause keyword taken as an alias: SELECT a FORM t */
    if (d && ctx->prev_token == TK_IDENT) {
        static const char *const clauses[] = { "FROM", "WHERE", "GROUP",
            "ORDER", "HAVING", "JOIN", "LIMIT", "UNION", "WINDOW", NULL };
        struct span ps = ctx->prev_span;
        char *word = arena_strndup(ctx->tree, ctx->src->text + ps.start,
                                   ps.end - ps.start);
        const char *near = ps.end - ps.start >= 4 ?
                           nearest_word(word, clauses) : NULL;
        if (near && !kw_equal_nocase(word, near, strlen(near))) {
            diag_set_hint(ctx->diags, d, "did you mean '%s' instead of "
                          "'%s'?", near, word);
            return 0;
        }
    }
    /* A misspelt keyword: "did you mean 'SELECT'?" */
    if (d && la == YYSYMBOL_IDENT && sp.end - sp.start < 40) {
        const char *words[YYNTOKENS + 1];
        int k = 0;
        for (int i = 0; i < n; i++)
            if (is_keyword_symbol(exp[i]))
                words[k++] = yysymbol_name(exp[i]);
        words[k] = NULL;
        char *word = arena_strndup(ctx->tree, ctx->src->text + sp.start,
                                   sp.end - sp.start);
        const char *near = nearest_word(word, words);
        if (near) {
            diag_set_hint(ctx->diags, d, "did you mean '%s'?", near);
            return 0;
        }
    }
    if (d && comma)
        diag_set_hint(ctx->diags, d, "a ',' is probably missing before %s",
                      what);
    return 0;
}
