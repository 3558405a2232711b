@echo off
rem ntp-warehouse, distribution launcher (Windows): needs only a Java runtime, 17 or later.
rem   ntp validate TEP_HOAC_THU_MUC...      ntp --help
setlocal
rem UTF-8 console, so that Vietnamese messages are shown as written
chcp 65001 >nul
set "DIR=%~dp0"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo Khong tim thay Java: cai Java 17 tro len ^(vi du Eclipse Temurin, https://adoptium.net^) roi chay lai. 1>&2
  exit /b 2
)
if not defined NTP_JAVA_OPTS set "NTP_JAVA_OPTS=-Xmx1g"
set "NATIVE="
"%JAVA%" --enable-native-access=ALL-UNNAMED -version >nul 2>&1
if not errorlevel 1 set "NATIVE=--enable-native-access=ALL-UNNAMED"
"%JAVA%" %NTP_JAVA_OPTS% %NATIVE% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 "-Dntp.jobs-dir=%DIR%jobs" "-Dntp.sql-dir=%DIR%sql" -jar "%DIR%ntp-warehouse.jar" %*
exit /b %ERRORLEVEL%
