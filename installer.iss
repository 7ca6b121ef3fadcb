; Buurtboek for Windows: Inno Setup 6 script for the one-folder bundle of `make bundle`.
;
;   iscc /DMyAppVersion=0.1.0 installer.iss      (make installer passes pyproject's version)
;
; Per-user install without administrator rights into %LOCALAPPDATA%\Programs\Buurtboek.
; The user's data lives elsewhere (%LOCALAPPDATA%\Buurtboek, see desktop/paths.py) and is
; never deleted: not on uninstall, not on upgrade. Only the program's own folder is cleaned.
; tests/packaging/test_installer_script.py checks this file against pyproject and the bundle.

#ifndef MyAppVersion
  #define MyAppVersion "0.1.0"
#endif
#define MyAppName "Buurtboek"
#define MyAppExe "buurtboek.exe"

[Setup]
; Never change the AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{81A41EBB-224B-4687-A72C-B3E39EEBC36D}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher=Buurtboek
VersionInfoVersion={#MyAppVersion}
DefaultDirName={autopf}\{#MyAppName}
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The running app holds this mutex (desktop/instance.py): Setup asks to close it first.
AppMutex=BuurtboekAppMutex,Global\BuurtboekAppMutex
CloseApplications=yes
RestartApplications=no
SetupIconFile=packaging\buurtboek.ico
UninstallDisplayIcon={app}\{#MyAppExe}
UninstallDisplayName={#MyAppName}
OutputDir=dist\installer
OutputBaseFilename=Buurtboek-{#MyAppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Files of an older version in the program folder only (a PyInstaller bundle changes
; file names between versions). The data folder is elsewhere and is never touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\buurtboek\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExe}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent
