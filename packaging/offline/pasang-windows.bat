@echo off
rem Memasang Desk @VERSION@ tanpa internet: klik dua kali berkas ini.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0pasang-windows.ps1" %*
pause
