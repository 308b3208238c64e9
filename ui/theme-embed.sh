#!/bin/sh
# theme-embed.sh SRCDIR FILE... — writes, on stdout, the C source of
# theme_builtin[] (theme.h): each assets/themes/NAME.theme as a string, so
# the binary needs no installed data to start.  Run by make.
srcdir=$1
shift
exec "${SHELL:-/bin/sh}" "$srcdir/ui/embed.sh" "$srcdir" theme.h theme_builtin theme_source "$@"
