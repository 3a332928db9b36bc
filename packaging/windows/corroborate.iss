; Inno Setup script for the Windows installer of Corroborate (Inno Setup 6.3 or later).
;
; Packs the PyInstaller folder dist\Corroborate (built from packaging\corroborate.spec) into
; dist\Corroborate-<version>-windows-x64-setup.exe. The build workflow runs, from the
; repository root:
;
;   iscc /DAppVersion=<version> packaging\windows\corroborate.iss
;
; The installer asks whether to install for the current user (no administrator rights; the
; default) or for all users. It adds a Start menu entry, optionally a desktop shortcut, and
; "Summarize with Corroborate" on folders' context menu in Explorer. Uninstalling removes all
; of it; the user's settings (registry, HKCU\Software\Corroborate) are left in place.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<version> packaging\windows\corroborate.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Corroborate"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\corroborate.ico"
#endif
#define AppName "Corroborate"
#define AppExe "Corroborate.exe"

[Setup]
; AppId identifies the app across versions (upgrades, uninstall); never change it.
AppId={{000760F9-87BE-4778-B256-0C67CB587CEC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Replacing the files of a running copy would fail; ask to close it.
CloseApplications=yes
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "foldermenu"; Description: "Add ""Summarize with Corroborate"" to folders' context menu"; GroupDescription: "Explorer:"

[InstallDelete]
; A new version replaces the previous one's files entirely (no stale modules or libraries).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Folder context menu: HKA is HKLM for an all-users install, HKCU for a per-user one.
Root: HKA; Subkey: "Software\Classes\Directory\shell\Corroborate"; ValueType: string; ValueName: ""; ValueData: "Summarize with Corroborate"; Flags: uninsdeletekey; Tasks: foldermenu
Root: HKA; Subkey: "Software\Classes\Directory\shell\Corroborate"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\{#AppExe}"",0"; Tasks: foldermenu
Root: HKA; Subkey: "Software\Classes\Directory\shell\Corroborate\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: foldermenu

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
