@echo off
rem CACT Station kiosk launcher, installed by the Inno Setup installer as
rem ROOT\cact-kiosk.cmd, next to the file ROOT\current (ROOT is normally
rem "C:\Program Files\CACT Station"). Set-CactKiosk.ps1 makes it the kiosk
rem account's shell (Shell Launcher).
rem
rem It reads ROOT\current (the active version, e.g. 0.1.0) and runs
rem ROOT\versions\<version>\cact-station.exe kiosk with every argument given
rem here, and waits for it. Offline upgrades and rollbacks change ROOT\current
rem only (docs/upgrade.md), so nothing needs reconfiguring after them.
rem A quick failure waits 5 seconds before Shell Launcher starts it again.
setlocal EnableExtensions DisableDelayedExpansion
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"
set "VERSION="
if exist "%ROOT%\current" for /f "usebackq tokens=1 eol=#" %%v in ("%ROOT%\current") do if not defined VERSION set "VERSION=%%v"
if not defined VERSION goto nocurrent
set "PROGRAM=%ROOT%\versions\%VERSION%\cact-station.exe"
if not exist "%PROGRAM%" goto noversion

start "CACT Station" /wait "%PROGRAM%" kiosk %*
set "STATUS=%ERRORLEVEL%"
if "%STATUS%"=="0" exit /b 0
echo CACT Station kiosk berhenti dengan kode %STATUS%; dimulai lagi sebentar lagi.
echo CACT Station kiosk ended with code %STATUS%; it starts again in a moment.
timeout /t 5 /nobreak >nul
exit /b %STATUS%

:nocurrent
echo Berkas "%ROOT%\current" tidak ada atau kosong: pasang ulang CACT Station.
echo "%ROOT%\current" is missing or empty: install CACT Station again.
timeout /t 30 /nobreak >nul
exit /b 1

:noversion
echo Versi "%VERSION%" tidak terpasang: "%PROGRAM%" tidak ada.
echo Version "%VERSION%" is not installed: "%PROGRAM%" is missing.
timeout /t 30 /nobreak >nul
exit /b 1
