/* version.h -- the release number printed by --version and in JSON. */
#ifndef SQLCHECK_VERSION_H
#define SQLCHECK_VERSION_H
#define SQLCHECK_VERSION "0.1.0"
#endif
