/* version.h -- the release number printed by --version and in JSON, and
 * the Flink releases whose SQL is supported: the one place that says so
 * (tests/integrations.sh checks that the documentation agrees). */
#ifndef SQLCHECK_VERSION_H
#define SQLCHECK_VERSION_H
#define SQLCHECK_VERSION "0.1.0"
#define FLINK_OLDEST "1.15"
#define FLINK_NEWEST "2.3"
#endif
