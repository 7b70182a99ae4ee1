; Inno Setup 6 script (UTF-8 with a byte-order mark, so Inno reads the Spanish text right): a per-user install of the one-folder bundle (no administrator rights).
; Build after `python packaging\build.py` on Windows (the version comes from the project; the
; build fails without it):
;   iscc /DAppVersion=0.1.0 packaging\windows\checkin-help.iss
; Signed build (see docs/PACKAGING.md; the workflow does this when the certificate secrets exist):
;   iscc /DAppVersion=0.1.0 /DSign "/Ssigntool=pwsh -NoProfile -File packaging\windows\sign.ps1 $f" ...
; Output: dist\checkin-help-<version>-windows-x64-setup.exe
; The uninstaller removes the program; it keeps the person's contact logs and settings
; (%LOCALAPPDATA%\CheckInHelp) unless they answer Yes when asked (silent uninstall keeps them).

#ifndef AppVersion
  #error AppVersion is not set: build with iscc /DAppVersion=<the version in desktop/__init__.py>
#endif
; Windows wants four numbers (0.2.0rc1 -> 0.2.0.0); pass /DAppNumericVersion=... for a version
; that is not already plain numbers.
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
#define AppName "Check-In Help"
#define AppExe "checkin-help.exe"
; Must match APP_AUTHOR in desktop/core/paths.py (platformdirs: %LOCALAPPDATA%\<author>\<app>).
#define DataRoot "{localappdata}\CheckInHelp"
; The machine-wide information-pack folder (docs/PACKS.md): platformdirs' site data folder,
; C:\ProgramData\<author>\<app>. Set up only by an administrator's install (/ALLUSERS).
#define MachineRoot "{commonappdata}\CheckInHelp"
#define MachineDir MachineRoot + "\CheckInHelp"

[Setup]
AppId={{6F0C2B7E-4E1D-4C55-9B0A-2D7C1E8A4F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Check-In Help
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user: installs under %LOCALAPPDATA%\Programs, no UAC prompt. No dialog offering "for all
; users": staff without administrator rights could not complete it. An administrator can still
; install for everyone from the command line with /ALLUSERS.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 version 1809 (build 17763) or later.
MinVersion=10.0.17763
SetupIconFile=..\..\desktop\resources\icon.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=checkin-help-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app creates a mutex with this name while it runs (Setup and the uninstaller wait for it
; to close); CloseApplications covers the files Setup replaces.
AppMutex=CheckInHelp.Running
CloseApplications=yes
#ifdef Sign
; Authenticode: Setup, the uninstaller (SignedUninstaller) and, through sign.ps1, nothing else:
; the two programs inside are signed before iscc runs. The command is defined with /Ssigntool=.
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
english.RemoveData=Also delete the contact logs and settings saved by Check-In Help for this Windows user?%n%nChoose No to keep them (recommended if you may install the app again).
spanish.RemoveData=¿Borrar también los registros de contactos y la configuración que Check-In Help guardó para este usuario de Windows?%n%nElija No para conservarlos (recomendado si puede volver a instalar la aplicación).
english.MachinePacks=Setting up the folder for information packs that count for every user...
spanish.MachinePacks=Preparando la carpeta de paquetes de información para todos los usuarios...
english.CpuTooOld=This computer's processor is too old for this version of Check-In Help: it needs a processor with SSE4.2 (most computers made since about 2009-2011). The app would not open here, so it will not be installed.%n%nUse Check-In Help on a newer computer, or show this message to the person who looks after this computer.
spanish.CpuTooOld=El procesador de esta computadora es demasiado antiguo para esta versión de Check-In Help: necesita un procesador con SSE4.2 (la mayoría de las computadoras fabricadas desde 2009-2011 aproximadamente). La aplicación no se abriría aquí, por eso no se instalará.%n%nUse Check-In Help en una computadora más nueva, o muestre este mensaje a la persona que cuida esta computadora.
english.CpuMaybeTooOld=This computer's processor may be too old for this version of Check-In Help (it needs SSE4.2, most computers made since about 2009-2011). Windows could not say for sure.%n%nInstall anyway? If the app does not open afterwards, use Check-In Help on a newer computer.
spanish.CpuMaybeTooOld=Es posible que el procesador de esta computadora sea demasiado antiguo para esta versión de Check-In Help (necesita SSE4.2, la mayoría de las computadoras fabricadas desde 2009-2011 aproximadamente). Windows no pudo confirmarlo.%n%n¿Instalar de todos modos? Si después la aplicación no se abre, use Check-In Help en una computadora más nueva.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder's bundled part (never the person's data).
Type: filesandordirs; Name: "{app}\_internal"

[Dirs]
; An administrator's install (/ALLUSERS) makes the machine-wide pack folder: packs and keys in it
; count for every user, and [Run] below lets only administrators (and SYSTEM) change them. Kept
; when the program is uninstalled: it is the clinic's set-up, not part of the program.
Name: "{#MachineDir}\packs"; Check: IsAdminInstallMode; Flags: uninsneveruninstall
Name: "{#MachineDir}\keys"; Check: IsAdminInstallMode; Flags: uninsneveruninstall

[Files]
Source: "..\..\dist\checkin-help\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; ProgramData lets every user add files to its subfolders (an inherited permission that [Dirs]'
; Permissions cannot take away): replace the folder's permissions with Administrators and SYSTEM
; full control and Users read and run only (well-known SIDs, so it works in every Windows language).
Filename: "{sys}\icacls.exe"; Parameters: """{#MachineRoot}"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /T /C /Q"; Flags: runhidden waituntilterminated; Check: IsAdminInstallMode; StatusMsg: "{cm:MachinePacks}"
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The search-index cache is rebuilt on demand; it is not the person's data.
Type: filesandordirs; Name: "{#DataRoot}\CheckInHelp\Cache"

[Code]
{ The same processor check as packaging/cpu_check.py (Qt 6 needs SSE4.2 and POPCNT). }
const
  PF_SSSE3 = 36;
  PF_SSE4_1 = 37;
  PF_SSE4_2 = 38;
  CpuKey = 'HARDWARE\DESCRIPTION\System\CentralProcessor\0';

function IsProcessorFeaturePresent(Feature: Cardinal): Integer;
  external 'IsProcessorFeaturePresent@kernel32.dll stdcall';

function HasFeature(Feature: Cardinal): Boolean;
begin
  Result := IsProcessorFeaturePresent(Feature) <> 0;
end;

{ The number after Word in an identifier such as 'Intel64 Family 6 Model 23 Stepping 10'. }
function NumberAfter(const Text, Word: String): Integer;
var
  P, I: Integer;
  Digits: String;
begin
  Result := -1;
  P := Pos(Word + ' ', Text);
  if P = 0 then
    Exit;
  I := P + Length(Word) + 1;
  Digits := '';
  while (I <= Length(Text)) and (Text[I] >= '0') and (Text[I] <= '9') do
  begin
    Digits := Digits + Text[I];
    I := I + 1;
  end;
  Result := StrToIntDef(Digits, -1);
end;

{ Intel Pentium 4 and Core 2 (family 6 before model 26), AMD before family 21 (Bulldozer). }
function FamilyIsTooOld(): Boolean;
var
  Vendor, Identifier: String;
  Family, Model: Integer;
begin
  Result := False;
  if not RegQueryStringValue(HKLM, CpuKey, 'VendorIdentifier', Vendor) then
    Exit;
  if not RegQueryStringValue(HKLM, CpuKey, 'Identifier', Identifier) then
    Exit;
  Family := NumberAfter(Identifier, 'Family');
  Model := NumberAfter(Identifier, 'Model');
  if Family < 0 then
    Exit;
  if Vendor = 'GenuineIntel' then
    Result := (Family = 15) or ((Family = 6) and (Model >= 0) and (Model < 26))
  else if Vendor = 'AuthenticAMD' then
    Result := Family < 21;
end;

function InitializeSetup(): Boolean;
begin
  Result := True;
  if HasFeature(PF_SSE4_2) then
    Exit;
  { Windows knows the newer feature numbers: its "no" is certain. }
  if HasFeature(PF_SSSE3) or HasFeature(PF_SSE4_1) then
  begin
    SuppressibleMsgBox(CustomMessage('CpuTooOld'), mbCriticalError, MB_OK, IDOK);
    Result := False;
  end
  { An older Windows 10 does not report these features at all: warn from the processor family. }
  else if FamilyIsTooOld() then
    Result := SuppressibleMsgBox(CustomMessage('CpuMaybeTooOld'), mbConfirmation,
      MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{#DataRoot}');
    { Keep the logs unless the person explicitly says Yes; a silent uninstall always keeps them. }
    if DirExists(DataDir) and (not UninstallSilent) then
      if MsgBox(CustomMessage('RemoveData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
