; Inno Setup 6 script: a per-user install of the one-folder bundle (no administrator rights).
; Build after `python packaging\build.py` on Windows:
;   iscc /DAppVersion=0.1.0 packaging\windows\checkin-help.iss
; Output: dist\checkin-help-<version>-windows-x64-setup.exe
; The uninstaller removes the program; it keeps the person's contact logs and settings
; (%LOCALAPPDATA%\CheckInHelp) unless they answer Yes when asked (silent uninstall keeps them).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Check-In Help"
#define AppExe "checkin-help.exe"
; Must match APP_AUTHOR in desktop/core/paths.py (platformdirs: %LOCALAPPDATA%\<author>\<app>).
#define DataRoot "{localappdata}\CheckInHelp"

[Setup]
AppId={{6F0C2B7E-4E1D-4C55-9B0A-2D7C1E8A4F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Check-In Help
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user: installs under %LOCALAPPDATA%\Programs, no UAC prompt; the dialog lets staff
; choose "for all users" only if they have admin rights and want it.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 or later.
MinVersion=10.0
SetupIconFile=..\..\desktop\resources\icon.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=checkin-help-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
english.RemoveData=Also delete the contact logs and settings saved by Check-In Help for this Windows user?%n%nChoose No to keep them (recommended if you may install the app again).
spanish.RemoveData=¿Borrar también los registros de contactos y la configuración que Check-In Help guardó para este usuario de Windows?%n%nElija No para conservarlos (recomendado si puede volver a instalar la aplicación).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder's bundled part (never the person's data).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\checkin-help\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The search-index cache is rebuilt on demand; it is not the person's data.
Type: filesandordirs; Name: "{#DataRoot}\CheckInHelp\Cache"

[Code]
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
