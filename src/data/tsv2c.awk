# tsv2c.awk -- one of the project's data tables (tab-separated, a header
# line naming the columns) as C: ROW("a", "b", ...) per line, with the
# columns named in `cols` (comma-separated; a column the table lacks gives
# ""), for a .inc file that a C array includes.
BEGIN { FS = "\t"; n = split(cols, want, ",") }
FNR == 1 { for (i = 1; i <= NF; i++) at[$i] = i; next }
/^$/ { next }
{
    line = "ROW("
    for (i = 1; i <= n; i++) {
        v = (want[i] in at) ? $(at[want[i]]) : ""
        gsub(/\\/, "\\\\", v); gsub(/"/, "\\\"", v)
        line = line (i > 1 ? ", " : "") "\"" v "\""
    }
    print line ")"
}
