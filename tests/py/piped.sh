# piped.sh (sourced): run a program with its stdout and stderr each a pipe.
#
#   piped OUT ERR COMMAND [ARG...]    writes COMMAND's stdout to the file OUT,
#                                     its stderr to ERR; prints its exit status
#
# python3 sizes the BufferedWriter under sys.stdout and sys.stderr by
# fstat()'s st_blksize (io.open; heapviz run models it, ui/run.c), and a
# file's st_blksize is its filesystem's (4096 on ext4 here, 1024 on an ext4
# made with -b 1024, other values elsewhere).  A pipe's is the kernel's page
# size whatever the filesystem, so expected output recorded through pipes
# (tests/py/regen.sh) holds on any machine of the same page size, and the
# harnesses compare heapviz run the same way.  The reader's `cat` only
# copies; the status comes back on descriptor 4 (POSIX sh has no pipefail).
piped() {
	_piped_out=$1 _piped_err=$2
	shift 2
	{ { { { "$@" 3>&- 4>&-; echo $? >&4; } 2>&1 1>&3 3>&- | cat >"$_piped_err"; } 3>&1 |
		cat >"$_piped_out"; } 4>&1; }
}

# judge_env: the environment python3 is judged in (regen.sh) and heapviz
# compared in (tests/20-differential.sh): no variable that changes what the
# interpreter prints or how it allocates (sys.flags shows them all:
# structseq.c), the hash seed fixed, no bytecode written.
judge_env() {
	unset PYTHONMALLOC PYTHONMALLOCSTATS PYTHONTRACEMALLOC PYTHONDEVMODE PYTHONWARNINGS \
	      PYTHONPATH PYTHONHOME PYTHONSTARTUP PYTHONINSPECT PYTHONOPTIMIZE PYTHONDEBUG \
	      PYTHONVERBOSE PYTHONNOUSERSITE PYTHONUSERBASE PYTHONSAFEPATH PYTHONUTF8 \
	      PYTHONIOENCODING PYTHONFAULTHANDLER PYTHONPROFILEIMPORTTIME PYTHONINTMAXSTRDIGITS \
	      PYTHONBREAKPOINT PYTHONPYCACHEPREFIX PYTHONPLATLIBDIR PYTHONCOERCECLOCALE 2>/dev/null
	PYTHONHASHSEED=0
	PYTHONDONTWRITEBYTECODE=1
	export PYTHONHASHSEED PYTHONDONTWRITEBYTECODE
}
