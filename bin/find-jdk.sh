# Sourced by ./baton and ./build: sets BATON_JAVA_HOME to a JDK 21 or newer.
# Order: JAVA_HOME, the java on PATH, then the newest under /usr/lib/jvm.

baton_java_major() { # prints the major version of the java binary $1, or nothing
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

baton_find_jdk() {
    local candidate home major best="" best_major=0
    for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null)"; do
        [ -n "$candidate" ] && [ -x "$candidate" ] || continue
        home=$(cd "$(dirname "$(readlink -f "$candidate")")/.." && pwd)
        [ -x "$home/bin/javac" ] || continue
        major=$(baton_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then BATON_JAVA_HOME=$home; return 0; fi
    done
    for home in /usr/lib/jvm/*/; do
        home=${home%/}
        [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
        major=$(baton_java_major "$home/bin/java")
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$home; best_major=$major; fi
    done
    if [ -n "$best" ]; then BATON_JAVA_HOME=$best; return 0; fi
    echo "baton: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm). Install one, e.g. 'apt-get install openjdk-21-jdk', or set JAVA_HOME." >&2
    return 1
}
