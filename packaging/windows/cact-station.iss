; CACT Station: Inno Setup 6 script (Inno Setup 6.3 or later, for x64compatible).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\cact-station.iss
;   iscc /DAppVersion=0.1.0 /DSourceDir=C:\build\cact-station packaging\windows\cact-station.iss
;
; AppVersion defaults to 0.0.0 (scripts pass pyproject.toml's version);
; SourceDir is the PyInstaller one-folder build (default ..\..\dist\cact-station,
; relative to this file). The installer lands in dist\.
;
; Indonesian: Inno Setup 6 does not ship Indonesian.isl with the compiler; it
; is one of the "Unofficial" translations on jrsoftware.org. Copy it into the
; compiler's Languages folder or next to this script, or pass
; /DIndonesianIsl=C:\path\Indonesian.isl.
;
; Code signing. Sign the build folder first (sign-build.ps1: every .exe, .dll
; and .pyd), then let Inno Setup sign the installer and its uninstaller:
;
;   iscc /Ssigntool="signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f $qcert.pfx$q /p PASSWORD $f" /DSignTool=signtool /DAppVersion=0.1.0 packaging\windows\cact-station.iss
;
; /S defines, for this run, a sign tool named "signtool" (in the IDE: Tools >
; Configure Sign Tools); $f is the file to sign and $q a double quote.
; "/sha1 THUMBPRINT" instead of "/f ... /p ..." takes the certificate from the
; Windows certificate store (a hardware token). Without /DSignTool nothing is
; signed.
;
; Layout (docs/install.md):
;   {app} = C:\Program Files\CACT Station, the install root
;     versions\<version>\   the one-folder build: cact-station.exe, station.exe, _internal\
;     current               the active version, e.g. 0.1.0; written last, in one rename
;     cact-kiosk.cmd        the kiosk launcher (reads current), Shell Launcher's shell
;     kiosk\                Set-CactKiosk.ps1, Undo-CactKiosk.ps1 and their helpers
;   Installing another version adds its folder and switches current; the other
;   versions' folders stay, for rollback (docs/upgrade.md). Uninstalling removes
;   them all.
;   {commonappdata}\CACT Station\data (C:\ProgramData\CACT Station\data) is the
;   shared data folder: the machine variable CACT_STATION_DATA names it, the
;   local group "CACT Station" may modify it, and uninstalling keeps it.
;
; Time zones: nothing to bundle. The station never reads the operating
; system's time-zone database: session times are UTC instants shown with the
; centre's fixed offset, WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9), since
; Indonesia keeps no daylight saving time (station/domain/session.py).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\cact-station"
#endif
#define AppName "CACT Station"
#define DataGroup "CACT Station"
#define VersionDir "{app}\versions\" + AppVersion

#ifndef IndonesianIsl
  #if FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
    #define IndonesianIsl "compiler:Languages\Indonesian.isl"
  #elif FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
    #define IndonesianIsl AddBackslash(SourcePath) + "Indonesian.isl"
  #else
    #error Indonesian.isl not found: put the unofficial Indonesian translation from jrsoftware.org into the compiler's Languages folder or next to this script, or pass /DIndonesianIsl=PATH
  #endif
#endif

[Setup]
AppId={{0D6C3E52-7F3A-4C1B-9C57-CAC7C0DE0100}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\CACT Station
DisableDirPage=yes
UsePreviousAppDir=no
DefaultGroupName=CACT Station
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesEnvironment=yes
SetupIconFile=..\icons\cact-station.ico
UninstallDisplayIcon={#VersionDir}\cact-station.exe
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=cact-station-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=yes
LanguageDetectionMethod=none
RestartApplications=no
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
; The first entry is the default (LanguageDetectionMethod=none).
Name: "id"; MessagesFile: "{#IndonesianIsl}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.AddSelf=Masukkan akun saya ke grup "CACT Station" (boleh mengubah folder data; berlaku setelah keluar lalu masuk lagi)
en.AddSelf=Add my account to the group "CACT Station" (may change the data folder; applies after signing out and in again)
id.DataKept=Folder data %1 TIDAK dihapus. Hapus hanya setelah HQ menerima semua hasil (station doctor: pending_data).
en.DataKept=The data folder %1 was NOT removed. Delete it only after HQ has acknowledged every result (station doctor: pending_data).
id.KioskActive=Pengaturan kios masih aktif di komputer ini. Jalankan dulu "%1" sebagai administrator, lalu hapus CACT Station.%n%nTetap hapus sekarang?
en.KioskActive=The kiosk set-up is still active on this computer. Run "%1" as administrator first, then uninstall CACT Station.%n%nUninstall anyway?
id.SetupFailed=Langkah pemasangan gagal: %1
en.SetupFailed=An installation step failed: %1

[Tasks]
Name: "addself"; Description: "{cm:AddSelf}"

[Dirs]
Name: "{commonappdata}\CACT Station"; Flags: uninsneveruninstall
Name: "{commonappdata}\CACT Station\data"; Flags: uninsneveruninstall

[Files]
Source: "{#SourceDir}\*"; DestDir: "{#VersionDir}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "kiosk\cact-kiosk.cmd"; DestDir: "{app}"; Flags: ignoreversion
Source: "kiosk\Set-CactKiosk.ps1"; DestDir: "{app}\kiosk"; Flags: ignoreversion
Source: "kiosk\Undo-CactKiosk.ps1"; DestDir: "{app}\kiosk"; Flags: ignoreversion
Source: "kiosk\CactKiosk-Common.ps1"; DestDir: "{app}\kiosk"; Flags: ignoreversion

[Icons]
Name: "{group}\CACT Station (konsol)"; Filename: "{#VersionDir}\cact-station.exe"; WorkingDir: "{#VersionDir}"; Comment: "Konsol petugas / staff console"
Name: "{group}\CACT Station — baris perintah"; Filename: "{cmd}"; Parameters: "/k station.exe --help"; WorkingDir: "{#VersionDir}"; IconFilename: "{#VersionDir}\station.exe"; Comment: "station doctor, station backup, station upgrade apply …"

[Registry]
; Every program's default data folder (station/services/paths.py), for every account.
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: string; ValueName: "CACT_STATION_DATA"; ValueData: "{commonappdata}\CACT Station\data"; Flags: uninsdeletevalue

[UninstallDelete]
; Versions added later by `station upgrade apply` are not in the uninstall log.
Type: filesandordirs; Name: "{app}\versions"
Type: files; Name: "{app}\current"
Type: files; Name: "{app}\current.new"

[Code]
const
  MOVEFILE_REPLACE_EXISTING = $1;
  MOVEFILE_WRITE_THROUGH = $8;

function MoveFileEx(lpExistingFileName, lpNewFileName: String; dwFlags: Cardinal): Boolean;
  external 'MoveFileExW@kernel32.dll stdcall';

function DataDir(): String;
begin
  Result := ExpandConstant('{commonappdata}\CACT Station\data');
end;

function KioskStateFile(): String;
begin
  Result := ExpandConstant('{commonappdata}\CACT Station\kiosk\state.json');
end;

procedure ReportFailure(const What: String);
begin
  Log('FAILED: ' + What);
  SuppressibleMsgBox(FmtMessage(CustomMessage('SetupFailed'), [What]), mbError, MB_OK, IDOK);
end;

function RunHidden(const FileName, Params: String): Integer;
var
  Code: Integer;
begin
  if not Exec(FileName, Params, '', SW_HIDE, ewWaitUntilTerminated, Code) then
    Code := -1;
  Log(Format('%s %s -> %d', [FileName, Params, Code]));
  Result := Code;
end;

{ The local group "CACT Station" may modify the data folder; SYSTEM and
  Administrators have full control; nobody else has access. }
procedure SetUpDataFolder();
var
  Net, Icacls: String;
begin
  Net := ExpandConstant('{sys}\net.exe');
  Icacls := ExpandConstant('{sys}\icacls.exe');
  if RunHidden(Net, 'localgroup "{#DataGroup}"') <> 0 then
    if RunHidden(Net, 'localgroup "{#DataGroup}" /add /comment:"May change the CACT Station data folder"') <> 0 then
      ReportFailure('net localgroup "{#DataGroup}" /add');
  if WizardIsTaskSelected('addself') then
    { Exit code 2 when the account is already a member: nothing to do. }
    RunHidden(Net, 'localgroup "{#DataGroup}" "' + GetEnv('USERDOMAIN') + '\' + GetUserNameString() + '" /add');
  if RunHidden(Icacls, '"' + DataDir() + '" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F "{#DataGroup}:(OI)(CI)M"') <> 0 then
    ReportFailure('icacls "' + DataDir() + '"');
end;

{ ROOT\current names the active version: written to current.new, then
  renamed over current in one step, so a reader never sees half a file. }
procedure WriteCurrent();
var
  Target, Temp: String;
begin
  Target := ExpandConstant('{app}\current');
  Temp := Target + '.new';
  if not SaveStringToFile(Temp, '{#AppVersion}', False) then
    ReportFailure('write ' + Temp)
  else if not MoveFileEx(Temp, Target, MOVEFILE_REPLACE_EXISTING or MOVEFILE_WRITE_THROUGH) then
    ReportFailure('rename ' + Temp + ' to ' + Target + ': ' + SysErrorMessage(DLLGetLastError()));
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    SetUpDataFolder();
    WriteCurrent();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  Result := True;
  if FileExists(KioskStateFile()) then
    Result := SuppressibleMsgBox(FmtMessage(CustomMessage('KioskActive'),
      [ExpandConstant('{app}\kiosk\Undo-CactKiosk.ps1')]), mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDYES) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    SuppressibleMsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir()]), mbInformation, MB_OK, IDOK);
end;
