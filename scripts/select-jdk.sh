# Chooses a JDK >= 21 for the build (Vaadin 25, Lucene 10 and jOOQ 3.21 need it).
# POSIX sh; source it (mvnw and .ci/run do). Keeps JAVA_HOME when it already
# points to a JDK >= 21; otherwise takes `java` from PATH when that is new
# enough, else the newest JDK >= 21 under /usr/lib/jvm (or $SATUDATA_JDK_DIRS).
satudata_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

satudata_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  satudata_v=$(satudata_java_major "$1/bin/java")
  [ -n "$satudata_v" ] && [ "$satudata_v" -ge 21 ]
}

if [ -z "${JAVA_HOME:-}" ] || ! satudata_jdk_ok "$JAVA_HOME"; then
  satudata_path_java=$(command -v javac 2>/dev/null || true)
  satudata_path_home=""
  [ -n "$satudata_path_java" ] && satudata_path_home=$(dirname "$(dirname "$(readlink -f "$satudata_path_java")")")
  if [ -n "$satudata_path_home" ] && satudata_jdk_ok "$satudata_path_home"; then
    JAVA_HOME="$satudata_path_home"
  else
    satudata_best=""
    satudata_best_v=0
    for satudata_dir in ${SATUDATA_JDK_DIRS:-/usr/lib/jvm/* /opt/java/* /opt/jdk*}; do
      if satudata_jdk_ok "$satudata_dir"; then
        satudata_v=$(satudata_java_major "$satudata_dir/bin/java")
        if [ "$satudata_v" -gt "$satudata_best_v" ]; then satudata_best="$satudata_dir"; satudata_best_v="$satudata_v"; fi
      fi
    done
    if [ -n "$satudata_best" ]; then
      JAVA_HOME="$satudata_best"
    else
      echo "select-jdk: no JDK >= 21 found; install one and set JAVA_HOME" >&2
    fi
  fi
  export JAVA_HOME
fi
