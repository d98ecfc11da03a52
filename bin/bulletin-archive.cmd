@echo off
rem Runs bulletin-archive (target\bulletin-archive.jar, made by `mvn package`) with the heap it needs: a 10,000-entry
rem archive builds in 1 GB of heap; the serial collector keeps the resident set small; a build, import or check (a run
rem of seconds) uses the JIT's quick compiler only, serve (a run of hours) both (see bin/bulletin-archive).
rem BULLETIN_ARCHIVE_JAVA_OPTS replaces these options (e.g. -Xmx2g).
setlocal
set "JAR=%~dp0..\target\bulletin-archive.jar"
if not exist "%JAR%" (
  echo error: %JAR% is missing; run mvn package first. 1>&2
  exit /b 1
)
set "JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="serve" set "JIT="
if "%BULLETIN_ARCHIVE_JAVA_OPTS%"=="" set "BULLETIN_ARCHIVE_JAVA_OPTS=-Xmx1g -XX:+UseSerialGC %JIT%"
java %BULLETIN_ARCHIVE_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
