@echo off
rem Runs bulletin-archive (target\bulletin-archive.jar, made by `mvn package`) with the heap it needs: a 10,000-entry
rem archive builds in 1 GB of heap. BULLETIN_ARCHIVE_JAVA_OPTS replaces these options (e.g. -Xmx2g).
setlocal
set "JAR=%~dp0..\target\bulletin-archive.jar"
if not exist "%JAR%" (
  echo error: %JAR% is missing; run mvn package first. 1>&2
  exit /b 1
)
if "%BULLETIN_ARCHIVE_JAVA_OPTS%"=="" set "BULLETIN_ARCHIVE_JAVA_OPTS=-Xmx1g -XX:+UseG1GC"
java %BULLETIN_ARCHIVE_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
