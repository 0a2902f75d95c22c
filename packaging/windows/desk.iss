; Inno Setup 6 script: the installer an office PC runs (Desk-Setup-<version>.exe).
;
;   iscc /DAppVersion=0.2.0 packaging\windows\desk.iss      (after pyinstaller built dist\Desk)
;
; - Per user: no administrator needed; Desk goes to %LOCALAPPDATA%\Programs\Desk.
; - Start-menu and desktop shortcuts named in Indonesian, with Desk's icon.
; - Upgrade in place: the same AppId finds the previous installation; its program files are replaced
;   (the old _internal folder is removed first, so no module of an older Desk lingers), a running
;   Desk is asked to close, and the data are never touched.
; - Uninstall removes the program only. The data folder (database, backups, log) stays where Desk
;   keeps it, %LOCALAPPDATA%\DKUKMTK\Desk, and the last page says so.
; - 64-bit Windows 10 1809 or later: what Qt 6 runs on.
;
; Indonesian.isl (Inno Setup's own Indonesian wizard texts) is not committed: the build fetches it
; into this folder (.github/workflows/windows-installer.yml, docs/windows.md). Without it the
; wizard's standard buttons are in English; everything Desk adds below is Indonesian either way.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Desk"
#define Publisher "DKUKMTK Kabupaten Balangan"
#define ShortcutName "Desk - Loket Pelayanan"
#define DistDir "..\..\dist\Desk"
#define DataFolder "{localappdata}\DKUKMTK\Desk"

[Setup]
; Never change AppId: it is how an upgrade finds the installed Desk.
AppId={{6F4B8D2E-1C3A-4E57-9B0D-5A2E8C7F1D34}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#Publisher}
VersionInfoVersion={#AppVersion}
VersionInfoDescription=Desk: aplikasi loket pelayanan publik
PrivilegesRequired=lowest
DefaultDirName={autopf}\Desk
DisableDirPage=auto
DefaultGroupName=Desk
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
SetupIconFile=desk.ico
UninstallDisplayIcon={app}\desk-gui.exe
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=Desk-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no

[Languages]
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
Name: "id"; MessagesFile: "Indonesian.isl"
#else
Name: "id"; MessagesFile: "compiler:Default.isl"
#endif

[CustomMessages]
id.DesktopIcon=Buat pintasan Desk di desktop
id.Shortcuts=Pintasan:
id.DataFolderShortcut=Folder Data Desk
id.UninstallShortcut=Copot Desk
id.LaunchAfter=Buka Desk sekarang
id.DataKept=Desk sudah dicopot dari komputer ini.%n%nData Desk TIDAK dihapus: basis data, cadangan dan catatan tetap tersimpan di%n%n%1%n%nSimpan atau salin folder itu bila data masih diperlukan. Bila Desk dipasang lagi, data ini langsung dipakai kembali.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:Shortcuts}"

[InstallDelete]
; An upgrade replaces the whole program folder's contents (never the data, which live elsewhere).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "desk.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\Desk\{#ShortcutName}"; Filename: "{app}\desk-gui.exe"; IconFilename: "{app}\desk.ico"; Comment: "Register pelayanan, standar pelayanan dan forum konsultasi publik"
Name: "{autoprograms}\Desk\{cm:DataFolderShortcut}"; Filename: "{#DataFolder}"
Name: "{autoprograms}\Desk\{cm:UninstallShortcut}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#ShortcutName}"; Filename: "{app}\desk-gui.exe"; IconFilename: "{app}\desk.ico"; Tasks: desktopicon

[Dirs]
; Created now so that the "Folder Data Desk" shortcut opens before Desk's first start.
; uninsneveruninstall: the data folder is the office's, not the program's.
Name: "{#DataFolder}"; Flags: uninsneveruninstall

[Run]
Filename: "{app}\desk-gui.exe"; Description: "{cm:LaunchAfter}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself left inside its own folder.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{#DataFolder}')]), mbInformation, MB_OK);
end;
